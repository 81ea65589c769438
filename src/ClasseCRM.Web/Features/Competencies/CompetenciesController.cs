using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using ClasseCRM.Web.Infrastructure.Spreadsheets;
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
        var rows = CompetencyTracker.Rows(await tracker.ForClassAsync(taughtClass.Class, ct)).Select((row, i) => i == 0 ? row.Select(c => (XlsxCell)c).ToArray() : Typed(row));
        await XlsxWriter.WriteCellsAsync(buffer, "Compétences", rows.ToAsyncEnumerable(), ct);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"competences-classe-{classId}.xlsx");
    }

    /// <summary>A pupil's row with the mark and the count of assessments as numbers, so that a spreadsheet can average them.</summary>
    private static XlsxCell[] Typed(string?[] row) => row.Select((c, i) => i switch
    {
        5 => XlsxCell.Decimal(decimal.TryParse(c, System.Globalization.NumberStyles.Number, Infrastructure.Formatting.French.Culture, out var mark) ? mark : null),
        6 => XlsxCell.Integer(long.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null),
        _ => (XlsxCell)c,
    }).ToArray();
}
