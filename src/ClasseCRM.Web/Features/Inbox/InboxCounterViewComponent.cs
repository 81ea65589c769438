using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Inbox;

/// <summary>The header's « À traiter » link for teachers, with the number of items waiting (no badge when none).</summary>
public sealed class InboxCounterViewComponent(InboxService inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Features/Inbox/InboxCounter.cshtml", await inbox.CountAsync(HttpContext.RequestAborted));
}
