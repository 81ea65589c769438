using System.Text.Json;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// The teacher assesses a handed-in document with the class's grid: one level per criterion, « non évalué » being a level
/// chosen like the others, so that a missing row is an oversight the form names. The documents handed in for the same
/// deadline are assessed one after another (« 7 / 24 »).
/// </summary>
public sealed class SynthesisAssessmentService(AppDbContext db, AccessScope scope, Rubrics.RubricService rubrics, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Dictionary<string, int> LevelsOf(SynthesisAssessment a) => JsonSerializer.Deserialize<Dictionary<string, int>>(a.LevelsJson, Json) ?? [];

    /// <summary>The criteria of the grid left without a level (not even « non évalué »), in the grid's order.</summary>
    public static List<string> MissingRows(Rubric rubric, IReadOnlyDictionary<int, int> levels) =>
        rubric.Keys.Where((_, i) => !levels.TryGetValue(i, out var l) || !rubric.IsLevel(l)).ToList();

    /// <summary>Records the assessment with the grid and returns the document to its author, who reads it.</summary>
    public async Task<Outcome> AssessAsync(Synthesis snapshot, SynthesisAssessViewModel m, string teacherName, CancellationToken ct)
    {
        var rubric = await rubrics.ForWorkspaceAsync(snapshot.WorkspaceId, ct);
        var keys = rubric.Keys.ToList();
        if (MissingRows(rubric, m.Levels) is { Count: > 0 } missing)
        {
            var named = string.Join(" ; ", missing.Select(k => $"« {k} »"));
            return Outcome.Refused(missing.Count == 1
                ? $"Choisissez un niveau (ou « non évalué ») pour le critère {named}."
                : $"Choisissez un niveau (ou « non évalué ») pour les {missing.Count} critères : {named}.", nameof(m.Levels));
        }
        if (!scope.AllowClassTeacherWrite(snapshot.WorkspaceId))
        {
            throw new NotFoundInScopeException("Document hors des classes de l'enseignant.");
        }
        var s = await db.Syntheses.FirstAsync(x => x.Id == snapshot.Id, ct);
        db.SynthesisAssessments.Add(new SynthesisAssessment
        {
            WorkspaceId = s.WorkspaceId,
            SynthesisId = s.Id,
            LevelsJson = JsonSerializer.Serialize(keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => m.Levels[x.i]), Json),
            RubricJson = Rubrics.RubricService.ToJson(rubric),
            Mark = m.Mark is { } mark ? Math.Round(mark, 2, MidpointRounding.AwayFromZero) : null,
            ContextComment = SynthesisService.Clean(m.ContextComment),
            OrganisationComment = SynthesisService.Clean(m.OrganisationComment),
            ResultsComment = SynthesisService.Clean(m.ResultsComment),
            AnalysisComment = SynthesisService.Clean(m.AnalysisComment),
            RetroactionComment = SynthesisService.Clean(m.RetroactionComment),
            FollowUpComment = SynthesisService.Clean(m.FollowUpComment),
            OverallComment = SynthesisService.Clean(m.OverallComment),
            AssessorName = teacherName,
            AssessedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        s.Status = SynthesisStatus.Assessed;
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>
    /// The documents of the same class handed in for the same deadline (handed in or assessed, the latest version of
    /// each), ordered by author's surname, first name, then title: where this one sits, and which come before and after.
    /// Null for a document that is not handed in or not in the teacher's classes.
    /// </summary>
    public async Task<AssessmentRound?> RoundAsync(Synthesis s, CancellationToken ct)
    {
        if (!scope.IsTeacher || s.Status is not (SynthesisStatus.HandedIn or SynthesisStatus.Assessed))
        {
            return null;
        }
        var classId = await db.Workspaces.Where(w => w.Id == s.WorkspaceId).Select(w => w.ClassId).FirstAsync(ct);
        var round = (await db.Syntheses.AsNoTracking()
            .Where(x => x.Workspace!.ClassId == classId && x.DueAtUtc == s.DueAtUtc
                && (x.Status == SynthesisStatus.HandedIn || x.Status == SynthesisStatus.Assessed))
            .Select(x => new { x.Id, x.Status, x.Title, Last = x.Author != null ? x.Author.LastName : x.Workspace!.Name, First = x.Author != null ? x.Author.FirstName : "" })
            .ToListAsync(ct))
            .OrderBy(x => x.Last, FrenchNameComparer.Instance).ThenBy(x => x.First, FrenchNameComparer.Instance).ThenBy(x => x.Title, FrenchNameComparer.Instance).ThenBy(x => x.Id)
            .ToList();
        var i = round.FindIndex(x => x.Id == s.Id);
        if (i < 0)
        {
            return null;
        }
        var waiting = round.Where(x => x.Status == SynthesisStatus.HandedIn && x.Id != s.Id).ToList();
        var nextToAssess = round.Skip(i + 1).FirstOrDefault(x => x.Status == SynthesisStatus.HandedIn) ?? waiting.FirstOrDefault();
        return new AssessmentRound(i + 1, round.Count, i > 0 ? round[i - 1].Id : null, i + 1 < round.Count ? round[i + 1].Id : null,
            nextToAssess?.Id, round.Count(x => x.Status == SynthesisStatus.HandedIn));
    }
}
