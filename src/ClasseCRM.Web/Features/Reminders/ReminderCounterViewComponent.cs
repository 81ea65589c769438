using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>The header's "Relances" link with the number of reminders due now in the student's current workspace.</summary>
public sealed class ReminderCounterViewComponent(ReminderService reminders, AccessScope scope) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var due = scope.CurrentWorkspaceId is { } ws ? await reminders.DueCountAsync(ws, HttpContext.RequestAborted) : 0;
        return View("~/Features/Reminders/ReminderCounter.cshtml", due);
    }
}
