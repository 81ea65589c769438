using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>
/// The « Relances à venir » block, one line in each page that has reminders (prospect card, operation, order):
/// <c>@await Component.InvokeAsync("UpcomingReminders", new { prospectId = p.Id })</c>.
/// </summary>
public sealed class UpcomingRemindersViewComponent(ReminderService reminders) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int? prospectId = null, int? operationId = null, int? orderId = null)
    {
        var back = HttpContext.Request.Path.Value ?? "/relances";
        var model = await reminders.UpcomingAsync(prospectId, operationId, orderId, back, HttpContext.RequestAborted);
        return View("~/Features/Shared/_UpcomingReminders.cshtml", model);
    }
}
