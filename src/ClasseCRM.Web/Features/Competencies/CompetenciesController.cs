using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Competencies;

/// <summary>
/// /classes/{id}/competences: the competency tracker of a class (the livret view), one pupil's, and the class's export
/// in CSV and XLSX (one row per pupil).
/// </summary>
[Authorize(Roles = Roles.Teacher)]
[Route("classes/{classId:int}/competences")]
public sealed class CompetenciesController(CompetencyTracker tracker, TaughtClassContext taughtClass) : Controller
{
    [HttpGet("")]
    [TaughtClass]
    public async Task<IActionResult> Index(int classId, CancellationToken ct) => View(await tracker.ForClassAsync(taughtClass.Class, ct));

    [HttpGet("eleve/{studentId}")]
    [TaughtClass]
    public async Task<IActionResult> Pupil(int classId, string studentId, CancellationToken ct)
    {
        var t = await tracker.ForClassAsync(taughtClass.Class, ct);
        return t.Rows.FirstOrDefault(r => r.StudentId == studentId) is { } row ? View((t, row)) : NotFound();
    }

    [HttpGet("csv")]
    [TaughtClass]
    public async Task<IActionResult> Csv(int classId, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await using (var writer = new Infrastructure.Spreadsheets.CsvWriter(buffer))
        {
            foreach (var row in CompetencyTracker.Rows(await tracker.ForClassAsync(taughtClass.Class, ct)))
            {
                await writer.WriteRowAsync(row);
            }
        }
        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"competences-classe-{classId}.csv");
    }

    [HttpGet("xlsx")]
    [TaughtClass]
    public async Task<IActionResult> Xlsx(int classId, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        Infrastructure.Spreadsheets.XlsxWriter.Write(buffer, "Compétences", CompetencyTracker.Rows(await tracker.ForClassAsync(taughtClass.Class, ct)));
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"competences-classe-{classId}.xlsx");
    }
}
