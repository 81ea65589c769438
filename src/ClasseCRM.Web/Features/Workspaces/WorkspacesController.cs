using System.Globalization;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Workspaces;

/// <summary>/espaces/{id}: a workspace's home, for its students and (read-only) for the class's teacher.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("espaces")]
public sealed class WorkspacesController(WorkspaceService workspaces, AccessScope scope) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await workspaces.HomeAsync(id, ct);
        return model is null ? NotFound() : View("Home", model);
    }

    /// <summary>A student with several workspaces chooses the one they work in.</summary>
    [HttpPost("choisir")]
    [Authorize(Roles = Roles.Student)]
    public IActionResult Choose(int espace)
    {
        if (!scope.CanRead(espace))
        {
            return NotFound();
        }
        Response.Cookies.Append(AccessScopeMiddleware.WorkspaceCookie, espace.ToString(CultureInfo.InvariantCulture), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(180),
        });
        return Redirect("/");
    }
}
