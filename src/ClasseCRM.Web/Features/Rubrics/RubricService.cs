using System.Text.Json;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Rubrics;

/// <summary>
/// The assessment rubric in force for a class: the one shipped in seeds/, or the teacher's copy adapted for the class
/// (criteria renamed, added or removed; the four levels and the mark out of 20 stay those of the diploma). An
/// assessment keeps the rubric it was made with, so adapting it later changes no past assessment.
/// </summary>
public sealed class RubricService(AppDbContext db, AccessScope scope, SeedCatalog seeds)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const int MaxCriteriaPerUnit = 40;
    public const int MaxCriterionLength = 200;

    public Rubric Shipped => seeds.Rubric;

    public Rubric Of(SchoolClass c) => Parse(c.RubricJson) ?? seeds.Rubric;

    public Rubric Of(SynthesisAssessment a) => Parse(a.RubricJson) ?? seeds.Rubric;

    public async Task<Rubric> ForWorkspaceAsync(int workspaceId, CancellationToken ct) =>
        Parse(await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Class!.RubricJson).FirstOrDefaultAsync(ct)) ?? seeds.Rubric;

    public async Task<Rubric> ForClassAsync(int classId, CancellationToken ct) =>
        Parse(await db.Classes.Where(c => c.Id == classId).Select(c => c.RubricJson).FirstOrDefaultAsync(ct)) ?? seeds.Rubric;

    public static string ToJson(Rubric rubric) => JsonSerializer.Serialize(rubric, Json);

    private static Rubric? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<Rubric>(json, Json);

    /// <summary>The other classes of the signed-in teacher that adapted their rubric: a copy can start from one of them.</summary>
    public async Task<List<(int Id, string Name)>> CopySourcesAsync(int classId, CancellationToken ct) =>
        (await db.Classes.AsNoTracking().Where(c => c.TeacherId == scope.UserId && c.Id != classId && c.RubricJson != null)
            .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.SchoolYear }).ToListAsync(ct))
            .Select(c => (c.Id, $"{c.Name} ({c.SchoolYear})")).ToList();

    public RubricEditViewModel Form(SchoolClass c, Rubric rubric) => new()
    {
        ClassId = c.Id,
        ClassName = c.Name,
        IsAdapted = c.RubricJson is not null,
        Title = rubric.Title,
        Units = rubric.Units.Select(u => new RubricUnitForm { Code = u.Code, Name = u.Name, Criteria = string.Join('\n', u.Criteria) }).ToList(),
    };

    /// <summary>The rubric the form describes, or the French messages (by field) that say what to fix.</summary>
    public (Rubric? Rubric, List<(string Field, string Message)> Errors) Read(RubricEditViewModel m)
    {
        var errors = new List<(string, string)>();
        var shipped = seeds.Rubric;
        var units = new List<RubricUnit>();
        for (var i = 0; i < m.Units.Count; i++)
        {
            var form = m.Units[i];
            var field = $"Units[{i}].Criteria";
            // Units come from the shipped rubric: the codes and names of the diploma, never typed.
            if (shipped.Units.FirstOrDefault(u => u.Code == form.Code) is not { } unit)
            {
                continue;
            }
            var criteria = (form.Criteria ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (criteria.FirstOrDefault(c => c.Length > MaxCriterionLength) is { } tooLong)
            {
                errors.Add((field, $"{unit.Code} : le critère « {tooLong[..40]}… » dépasse {MaxCriterionLength} caractères."));
            }
            if (criteria.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                errors.Add((field, $"{unit.Code} : le critère « {twice.Key} » est écrit deux fois."));
            }
            if (criteria.Count > MaxCriteriaPerUnit)
            {
                errors.Add((field, $"{unit.Code} : {MaxCriteriaPerUnit} critères au plus par unité."));
            }
            if (criteria.Count > 0)
            {
                units.Add(new RubricUnit(unit.Code, unit.Name, criteria));
            }
        }
        if (units.Count == 0)
        {
            errors.Add(("", "Gardez au moins un critère : une grille vide ne permet pas d'évaluer."));
        }
        return errors.Count > 0 ? (null, errors) : (new Rubric(m.Title!.Trim(), shipped.Levels, shipped.MarkOutOf, units), errors);
    }

    /// <summary>Saves the class's rubric; null goes back to the shipped one.</summary>
    public async Task SetAsync(SchoolClass c, Rubric? rubric, CancellationToken ct)
    {
        var tracked = await db.Classes.FirstAsync(x => x.Id == c.Id && x.TeacherId == scope.UserId, ct);
        tracked.RubricJson = rubric is null ? null : ToJson(rubric);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The rubric of another class of the same teacher, to copy; null if it is not theirs.</summary>
    public async Task<Rubric?> OfTaughtClassAsync(int classId, CancellationToken ct) =>
        Parse(await db.Classes.Where(c => c.Id == classId && c.TeacherId == scope.UserId).Select(c => c.RubricJson).FirstOrDefaultAsync(ct));
}
