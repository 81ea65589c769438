using System.Text.Json;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Rubrics;

/// <summary>
/// The assessment grid in force for a class: the indicative one built from the class's référentiel (the criteria a
/// written document can show, under the competency each gives evidence of), or the teacher's copy adapted for the class
/// (criteria renamed, removed, or added under any competency of the référentiel; the four levels, « non évalué » and the
/// mark out of 20 stay). An assessment keeps the grid it was made with, so adapting the grid or changing the class's
/// référentiel later changes no past assessment.
/// </summary>
public sealed class RubricService(AppDbContext db, AccessScope scope, SeedCatalog seeds)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly List<string> Levels = ["non acquis", "en cours d'acquisition", "acquis", "maîtrisé"];

    /// <summary>The référentiel of the classes made before a class could choose one; their adapted grids came from its units.</summary>
    private const string FirstReferentiel = "vente-2002";

    public const int MaxCriteriaPerUnit = 40;
    public const int MaxCriterionLength = 200;

    /// <summary>The indicative grid of a référentiel: its written criteria grouped by competency, in the référentiel's order.</summary>
    public static Rubric Indicative(Referentiel r) => new(
        $"Grille indicative — {r.ShortName} : {r.Document.Title}",
        Levels,
        20,
        r.Competencies
            .Select(c => new RubricUnit(c.Key, c.Label, r.WrittenCriteria.Where(w => w.Competency == c.Key).Select(w => w.Label).ToList()))
            .Where(u => u.Criteria.Count > 0)
            .ToList(),
        r.Key);

    public Referentiel ReferentielOf(SchoolClass c) => seeds.Referentiel(c.Referentiel);

    /// <summary>The document of a référentiel key (a document's frozen one, or its class's).</summary>
    public ReferentielDocument DocumentOf(string? referentiel) => seeds.Referentiel(referentiel).Document;

    public Rubric Of(SchoolClass c) => Of(c.Referentiel, c.RubricJson);

    public Rubric Of(SynthesisAssessment a) => Parse(a.RubricJson) ?? seeds.LegacyRubric;

    public async Task<Rubric> ForWorkspaceAsync(int workspaceId, CancellationToken ct)
    {
        var c = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => new { w.Class!.Referentiel, w.Class.RubricJson }).FirstAsync(ct);
        return Of(c.Referentiel, c.RubricJson);
    }

    public async Task<Rubric> ForClassAsync(int classId, CancellationToken ct)
    {
        var c = await db.Classes.Where(c => c.Id == classId).Select(c => new { c.Referentiel, c.RubricJson }).FirstAsync(ct);
        return Of(c.Referentiel, c.RubricJson);
    }

    public static string ToJson(Rubric rubric) => JsonSerializer.Serialize(rubric, Json);

    private static Rubric? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<Rubric>(json, Json);

    /// <summary>The class's adapted grid while it belongs to the class's référentiel; otherwise the référentiel's indicative grid.</summary>
    private Rubric Of(string referentiel, string? rubricJson) =>
        Parse(rubricJson) is { } adapted && (adapted.Referentiel ?? FirstReferentiel) == referentiel ? adapted : Indicative(seeds.Referentiel(referentiel));

    /// <summary>The other classes of the signed-in teacher, on the same référentiel, that adapted their grid: a copy can start from one of them.</summary>
    public async Task<List<(int Id, string Name)>> CopySourcesAsync(SchoolClass target, CancellationToken ct) =>
        (await db.Classes.AsNoTracking().Where(c => c.TeacherId == scope.UserId && c.Id != target.Id && c.RubricJson != null && c.Referentiel == target.Referentiel)
            .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.SchoolYear }).ToListAsync(ct))
            .Select(c => (c.Id, $"{c.Name} ({c.SchoolYear})")).ToList();

    /// <summary>The form: every competency of the class's référentiel with its criteria (none for those not assessed yet).</summary>
    public RubricEditViewModel Form(SchoolClass c, Rubric rubric)
    {
        var r = ReferentielOf(c);
        var units = r.Blocs.SelectMany(b => b.Competencies.Select(k => new RubricUnitForm
        {
            Code = k.Key,
            Name = k.Label,
            Bloc = $"Bloc {b.Code} · {b.Unit} — {b.Name} (épreuve {b.Exam.Code})",
            Criteria = string.Join('\n', rubric.Units.FirstOrDefault(u => u.Code == k.Key)?.Criteria ?? []),
        })).ToList();
        // A grid adapted before the référentiels kept the diploma's units as groups: they stay editable.
        units.AddRange(rubric.Units.Where(u => r.FindCompetency(u.Code) is null)
            .Select(u => new RubricUnitForm { Code = u.Code, Name = u.Name, Bloc = "Grille précédente", Criteria = string.Join('\n', u.Criteria) }));
        return new RubricEditViewModel
        {
            ClassId = c.Id,
            ClassName = c.Name,
            IsAdapted = c.RubricJson is not null,
            Title = rubric.Title,
            Referentiel = r.Key,
            ReferentielName = r.Name,
            Units = units,
        };
    }

    /// <summary>The grid the form describes, or the French messages (by field) that say what to fix.</summary>
    public (Rubric? Rubric, List<(string Field, string Message)> Errors) Read(SchoolClass c, RubricEditViewModel m)
    {
        var errors = new List<(string, string)>();
        var r = ReferentielOf(c);
        var current = Of(c);
        var units = new List<RubricUnit>();
        for (var i = 0; i < m.Units.Count; i++)
        {
            var form = m.Units[i];
            var field = $"Units[{i}].Criteria";
            // Groups come from the référentiel (or the class's earlier grid): codes and names of the diploma, never typed.
            var name = r.FindCompetency(form.Code)?.Label ?? current.Units.FirstOrDefault(u => u.Code == form.Code)?.Name;
            if (name is null)
            {
                continue;
            }
            var criteria = (form.Criteria ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (criteria.FirstOrDefault(x => x.Length > MaxCriterionLength) is { } tooLong)
            {
                errors.Add((field, $"{form.Code} : le critère « {tooLong[..40]}… » dépasse {MaxCriterionLength} caractères."));
            }
            if (criteria.GroupBy(x => x, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                errors.Add((field, $"{form.Code} : le critère « {twice.Key} » est écrit deux fois."));
            }
            if (criteria.Count > MaxCriteriaPerUnit)
            {
                errors.Add((field, $"{form.Code} : {MaxCriteriaPerUnit} critères au plus par compétence."));
            }
            if (criteria.Count > 0 && units.All(u => u.Code != form.Code))
            {
                units.Add(new RubricUnit(form.Code, name, criteria));
            }
        }
        if (units.Count == 0)
        {
            errors.Add(("", "Gardez au moins un critère : une grille vide ne permet pas d'évaluer."));
        }
        return errors.Count > 0 ? (null, errors) : (new Rubric(m.Title!.Trim(), Levels, 20, units, r.Key), errors);
    }

    /// <summary>Saves the class's grid; null goes back to the indicative one of its référentiel.</summary>
    public async Task SetAsync(SchoolClass c, Rubric? rubric, CancellationToken ct)
    {
        var tracked = await db.Classes.FirstAsync(x => x.Id == c.Id && x.TeacherId == scope.UserId, ct);
        tracked.RubricJson = rubric is null ? null : ToJson(rubric with { Referentiel = tracked.Referentiel });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Moves the class to another référentiel: labels and the grid of the next assessments follow; a grid adapted for the
    /// former référentiel is replaced by the new one's indicative grid (the confirmation says so); assessments already
    /// made keep theirs.
    /// </summary>
    public async Task<Outcome> SetReferentielAsync(SchoolClass c, string? key, CancellationToken ct)
    {
        if (!seeds.IsReferentiel(key))
        {
            return Outcome.Refused("Choisissez le diplôme préparé par la classe.", nameof(RubricEditViewModel.Referentiel));
        }
        var tracked = await db.Classes.FirstAsync(x => x.Id == c.Id && x.TeacherId == scope.UserId, ct);
        if (tracked.Referentiel != key)
        {
            tracked.Referentiel = key!;
            // A grid adapted for the former diploma's competencies does not fit the new one: the indicative grid replaces it.
            tracked.RubricJson = null;
            await db.SaveChangesAsync(ct);
        }
        return Outcome.Done;
    }

    /// <summary>The grid of another class of the same teacher on the same référentiel, to copy; null if it is not theirs.</summary>
    public async Task<Rubric?> OfTaughtClassAsync(SchoolClass target, int classId, CancellationToken ct) =>
        Parse(await db.Classes.Where(c => c.Id == classId && c.TeacherId == scope.UserId && c.Referentiel == target.Referentiel).Select(c => c.RubricJson).FirstOrDefaultAsync(ct));
}
