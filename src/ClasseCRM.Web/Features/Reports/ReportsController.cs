using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Classes;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Reports;

/// <summary>/rapports: a student's activity over a period (teachers read their classes' with ?espace=); the class dashboard.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
public sealed class ReportsController(ReportService reports, WorkspaceContext workspace, TaughtClassContext taughtClass) : Controller
{
    [HttpGet("/rapports")]
    [Workspace]
    public async Task<IActionResult> Index(int? espace, DateOnly? du, DateOnly? au, [FromQuery(Name = "op")] List<int>? op, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        return View(await reports.ActivityAsync(workspaceId, du, au, op is { Count: > 0 } ? op : null, !workspace.CanWrite(workspaceId), ct));
    }

    [HttpGet("/classes/{classId:int}/tableau-de-bord")]
    [Authorize(Roles = Roles.Teacher)]
    [TaughtClass]
    public async Task<IActionResult> Class(int classId, CancellationToken ct)
    {
        var schoolClass = taughtClass.Class;
        ViewData["ClassName"] = schoolClass.Name;
        ViewData["ClassId"] = classId;
        return View(await reports.ClassAsync(classId, ct));
    }
}
