using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Classes;
using ClasseCRM.Web.Features.Prospects;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Reports;

/// <summary>/rapports: a student's activity over a period (teachers read their classes' with ?espace=); the class dashboard.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
public sealed class ReportsController(ReportService reports, ProspectService prospects, ClassService classes) : Controller
{
    [HttpGet("/rapports")]
    public async Task<IActionResult> Index(int? espace, DateOnly? du, DateOnly? au, [FromQuery(Name = "op")] List<int>? op, CancellationToken ct)
    {
        if (prospects.ResolveWorkspace(espace) is not { } workspaceId)
        {
            return espace is null && User.IsInRole(Roles.Student) ? View("~/Features/Prospects/NoWorkspace.cshtml") : NotFound();
        }
        return View(await reports.ActivityAsync(workspaceId, du, au, op is { Count: > 0 } ? op : null, !prospects.CanWrite(workspaceId), ct));
    }

    [HttpGet("/classes/{classId:int}/tableau-de-bord")]
    [Authorize(Roles = Roles.Teacher)]
    public async Task<IActionResult> Class(int classId, CancellationToken ct)
    {
        var schoolClass = await classes.FindTaughtAsync(classId, ct);
        if (schoolClass is null)
        {
            return NotFound();
        }
        ViewData["ClassName"] = schoolClass.Name;
        ViewData["ClassId"] = classId;
        return View(await reports.ClassAsync(classId, ct));
    }
}
