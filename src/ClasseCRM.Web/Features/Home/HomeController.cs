using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Workspaces;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Home;

/// <summary>"/": each role lands where its work is — a student on their workspace's day, a teacher on their classes, an admin on the admin page, the académie operator on the établissements.</summary>
[Authorize]
public sealed class HomeController(WorkspaceService workspaces, AccessScope scope) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (scope.IsTeacher)
        {
            return Redirect("/classes");
        }
        if (scope.IsAdmin)
        {
            return Redirect("/admin");
        }
        if (scope.IsOperator)
        {
            return Redirect("/academie");
        }
        if (scope.IsStudent && scope.CurrentWorkspaceId is { } current && await workspaces.HomeAsync(current, ct) is { } home)
        {
            return View("~/Features/Workspaces/Home.cshtml", home);
        }
        return View("NoWorkspace");
    }
}
