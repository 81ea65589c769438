using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Inbox;

/// <summary>The teacher's home (/classes) links « À traiter » with the number of items waiting.</summary>
public sealed class InboxSummaryViewComponent(InboxService inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Features/Inbox/InboxSummary.cshtml", await inbox.CountAsync(HttpContext.RequestAborted));
}
