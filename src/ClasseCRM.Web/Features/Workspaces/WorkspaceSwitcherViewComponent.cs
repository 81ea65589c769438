using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Workspaces;

/// <summary>The header's workspace chooser, shown to a student who works in more than one workspace.</summary>
public sealed class WorkspaceSwitcherViewComponent(WorkspaceService workspaces, AccessScope scope) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        // The access scope already says how many workspaces the student has: most have one, and no query is needed.
        if (!scope.IsStudent || scope.WorkspaceIds.Count < 2)
        {
            return Content("");
        }
        var mine = await workspaces.MineAsync(HttpContext.RequestAborted);
        return mine.Count < 2 ? Content("") : View("~/Features/Workspaces/WorkspaceSwitcher.cshtml", (mine, scope.CurrentWorkspaceId));
    }
}
