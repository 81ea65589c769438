using System.Text.Json;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// The U22 written synthesis: created for a period and operations, its facts filled from the data (live while it is a
/// draft), the analysis written by the student, handed in before the class's deadline (a frozen snapshot), returned by
/// the teacher and revised into a new version.
/// </summary>
public sealed class SynthesisService(AppDbContext db, AccessScope scope, WorkspaceContext workspace, ActivityFiguresService activity, Rubrics.RubricService rubrics, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] ResultsHeader = ["Espace", "Synthèse", "Version", "Rendue le"];

    public Task<List<Synthesis>> ListAsync(int workspaceId, CancellationToken ct) =>
        db.Syntheses.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).OrderByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Id).ToListAsync(ct);

    public Task<Synthesis?> FindAsync(int id, CancellationToken ct) => db.Syntheses.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>Who wrote it: the students of the workspace (or its name when it has none).</summary>
    public async Task<string> AuthorAsync(int workspaceId, CancellationToken ct)
    {
        var names = await db.WorkspaceMembers.AsNoTracking().Where(m => m.WorkspaceId == workspaceId)
            .OrderBy(m => m.Student!.LastName).Select(m => new { m.Student!.FirstName, m.Student.LastName }).ToListAsync(ct);
        return names.Count > 0
            ? string.Join(", ", names.Select(n => $"{n.FirstName} {n.LastName}".Trim()))
            : await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Name).FirstAsync(ct);
    }

    public async Task<SynthesisCreateViewModel> ChoicesAsync(int workspaceId, SynthesisCreateViewModel m, CancellationToken ct)
    {
        m.Choices = (await db.Operations.AsNoTracking().Where(o => o.WorkspaceId == workspaceId).OrderByDescending(o => o.StartDate).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
        return m;
    }

    public async Task<int?> CreateAsync(int workspaceId, SynthesisCreateViewModel m, CancellationToken ct)
    {
        var ids = m.OperationIds.Distinct().ToList();
        if (ids.Count == 0 || await db.Operations.CountAsync(o => o.WorkspaceId == workspaceId && ids.Contains(o.Id), ct) != ids.Count)
        {
            return null;
        }
        var synthesis = new Synthesis
        {
            WorkspaceId = workspaceId,
            Title = m.Title!.Trim(),
            PeriodFrom = m.From!.Value <= m.To!.Value ? m.From.Value : m.To.Value,
            PeriodTo = m.From.Value <= m.To.Value ? m.To.Value : m.From.Value,
            OperationIds = string.Join(',', ids.Order()),
            Status = SynthesisStatus.Draft,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Syntheses.Add(synthesis);
        await db.SaveChangesAsync(ct);
        return synthesis.Id;
    }

    public async Task<SynthesisPageViewModel> PageAsync(Synthesis s, CancellationToken ct)
    {
        var facts = s.SnapshotJson is { } json ? JsonSerializer.Deserialize<SynthesisFacts>(json, Json)! : await FactsAsync(s, ct);
        var due = await db.Workspaces.Where(w => w.Id == s.WorkspaceId).Select(w => w.Class!.SynthesisDueAtUtc).FirstAsync(ct);
        var versions = await db.Syntheses.AsNoTracking().Where(x => x.WorkspaceId == s.WorkspaceId && x.Title == s.Title).OrderBy(x => x.Version).ToListAsync(ct);
        var assessment = await db.SynthesisAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.SynthesisId == s.Id, ct);
        return new SynthesisPageViewModel(s, facts, workspace.CanWrite(s.WorkspaceId) && s.Status == SynthesisStatus.Draft, CanReturn(s), s.DueAtUtc ?? due, versions)
        {
            Rubric = await rubrics.ForWorkspaceAsync(s.WorkspaceId, ct),
            Assessment = assessment,
            AssessedRubric = assessment is null ? null : rubrics.Of(assessment),
            CanAssess = CanReturn(s),
        };
    }

    /// <summary>Records the assessment with the rubric and returns the synthesis to the student, who reads it.</summary>
    public async Task<Outcome> AssessAsync(Synthesis snapshot, SynthesisAssessViewModel m, string teacherName, CancellationToken ct)
    {
        var rubric = await rubrics.ForWorkspaceAsync(snapshot.WorkspaceId, ct);
        var keys = rubric.Keys.ToList();
        if (m.Levels.Count != keys.Count || m.Levels.Any(l => l is null or < 0 or > 3))
        {
            return Outcome.Refused("Choisissez un niveau pour chaque critère de la grille.");
        }
        if (!scope.AllowClassTeacherWrite(snapshot.WorkspaceId))
        {
            throw new NotFoundInScopeException("Synthèse hors des classes de l'enseignant.");
        }
        var s = await db.Syntheses.FirstAsync(x => x.Id == snapshot.Id, ct);
        db.SynthesisAssessments.Add(new SynthesisAssessment
        {
            WorkspaceId = s.WorkspaceId,
            SynthesisId = s.Id,
            LevelsJson = JsonSerializer.Serialize(keys.Zip(m.Levels).ToDictionary(x => x.First, x => x.Second!.Value), Json),
            RubricJson = Rubrics.RubricService.ToJson(rubric),
            Mark = m.Mark is { } mark ? Math.Round(mark, 2, MidpointRounding.AwayFromZero) : null,
            ContextComment = Clean(m.ContextComment),
            OrganisationComment = Clean(m.OrganisationComment),
            ResultsComment = Clean(m.ResultsComment),
            AnalysisComment = Clean(m.AnalysisComment),
            RetroactionComment = Clean(m.RetroactionComment),
            OverallComment = Clean(m.OverallComment),
            AssessorName = teacherName,
            AssessedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        s.Status = SynthesisStatus.Assessed;
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    public static Dictionary<string, int> LevelsOf(SynthesisAssessment a) => JsonSerializer.Deserialize<Dictionary<string, int>>(a.LevelsJson, Json) ?? [];

    /// <summary>
    /// The class's results for the grade book: one row per workspace (its latest assessed synthesis), one column per
    /// criterion of the class's rubric (the level in words) and the mark.
    /// </summary>
    public async Task<List<string?[]>> ClassResultsAsync(int classId, CancellationToken ct)
    {
        var rubric = await rubrics.ForClassAsync(classId, ct);
        var keys = rubric.Keys.ToList();
        var rows = new List<string?[]> { ResultsHeader.Concat(keys).Append($"Note /{rubric.MarkOutOf}").ToArray() };
        var workspaces = (await db.Workspaces.AsNoTracking().Where(w => w.ClassId == classId).Select(w => new { w.Id, w.Name }).ToListAsync(ct))
            .OrderBy(w => w.Name, FrenchNameComparer.Instance).ToList();
        foreach (var w in workspaces)
        {
            var latest = await db.Syntheses.AsNoTracking().Where(x => x.WorkspaceId == w.Id && x.Status == SynthesisStatus.Assessed)
                .OrderByDescending(x => x.HandedInAtUtc).ThenByDescending(x => x.Version)
                .Select(x => new { x.Title, x.Version, x.HandedInAtUtc, Assessment = db.SynthesisAssessments.FirstOrDefault(a => a.SynthesisId == x.Id) })
                .FirstOrDefaultAsync(ct);
            var levels = latest?.Assessment is { } a ? LevelsOf(a) : [];
            rows.Add(new[] { w.Name, latest?.Title, latest?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), latest?.HandedInAtUtc is { } h ? Infrastructure.Formatting.French.Date(h) : null }
                .Concat(keys.Select(k => levels.TryGetValue(k, out var l) ? rubric.Levels[l] : null))
                .Append(latest?.Assessment?.Mark?.ToString("0.##", Infrastructure.Formatting.French.Culture))
                .ToArray());
        }
        return rows;
    }

    public bool CanReturn(Synthesis s) => scope.IsTeacher && scope.WorkspaceIds.Contains(s.WorkspaceId) && s.Status == SynthesisStatus.HandedIn;

    /// <summary>
    /// The facts from the data now: the context and organisation of the chosen operations, and the figures of exactly
    /// their activity (their calls, sends, visits, costs and linked orders, whatever the date), one section per channel.
    /// </summary>
    public async Task<SynthesisFacts> FactsAsync(Synthesis s, CancellationToken ct)
    {
        var company = await db.Workspaces.AsNoTracking().Where(w => w.Id == s.WorkspaceId).Select(w => w.Scenario!).FirstAsync(ct);
        var ids = s.Operations.ToList();
        var figures = await activity.ComputeAsync(ActivityScope.Operations(s.WorkspaceId, ids, s.PeriodFrom, s.PeriodTo), ct);
        var chosen = await db.Operations.AsNoTracking().Where(o => o.WorkspaceId == s.WorkspaceId && ids.Contains(o.Id)).OrderBy(o => o.StartDate).ThenBy(o => o.Id).ToListAsync(ct);
        var targets = await db.OperationTargets.Where(t => ids.Contains(t.OperationId)).GroupBy(t => new { t.OperationId, t.Excluded })
            .Select(g => new { g.Key.OperationId, g.Key.Excluded, Count = g.Count() }).ToListAsync(ct);
        var ops = new List<OperationFacts>();
        foreach (var op in chosen)
        {
            var budget = (await activity.ForOperationAsync(op, ct)).Costs.Total;
            ops.Add(new OperationFacts(op.Name, Labels.Of(op.Channel), op.StartDate, op.EndDate, op.Goal, op.TargetCriteria,
                targets.Where(t => t.OperationId == op.Id && !t.Excluded).Sum(t => t.Count), targets.Where(t => t.OperationId == op.Id && t.Excluded).Sum(t => t.Count), budget));
        }
        return new SynthesisFacts(company.CompanyName, company.Offer, s.PeriodFrom, s.PeriodTo, ops, figures);
    }

    public async Task<bool> SaveTextAsync(Synthesis snapshot, SynthesisTextViewModel m, CancellationToken ct)
    {
        var s = await db.Syntheses.FirstAsync(x => x.Id == snapshot.Id, ct);
        if (s.Status != SynthesisStatus.Draft)
        {
            return false;
        }
        s.Strengths = Clean(m.Strengths);
        s.Weaknesses = Clean(m.Weaknesses);
        s.GapCauses = Clean(m.GapCauses);
        s.Judgement = Clean(m.Judgement);
        s.CorrectiveActions = Clean(m.CorrectiveActions);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// The parts a document cannot be handed in without (DOMAIN.md: 4. Analyse — points forts et faibles, cause de
    /// chaque écart, jugement; 5. Rétroagir — actions correctives), each with the French message naming it.
    /// </summary>
    public static List<(string Field, string Message)> MissingParts(Synthesis s)
    {
        var parts = new (string Field, string Part, string? Text)[]
        {
            (nameof(Synthesis.Strengths), "4. Analyse : la partie « Points forts »", s.Strengths),
            (nameof(Synthesis.Weaknesses), "4. Analyse : la partie « Points faibles »", s.Weaknesses),
            (nameof(Synthesis.GapCauses), "4. Analyse : la partie « Cause précise de chaque écart »", s.GapCauses),
            (nameof(Synthesis.Judgement), "4. Analyse : la partie « Jugement argumenté »", s.Judgement),
            (nameof(Synthesis.CorrectiveActions), "5. Rétroagir : la partie « Actions correctives et suites »", s.CorrectiveActions),
        };
        return parts.Where(p => string.IsNullOrWhiteSpace(p.Text)).Select(p => (p.Field, $"{p.Part} est vide : complétez-la avant de rendre la synthèse.")).ToList();
    }

    /// <summary>
    /// Hands in: refused while a part of the analysis or of the rétroagir is empty; otherwise the facts are frozen as they
    /// are now and the deadline in force is kept to show a late hand-in. Returns the French reason of a refusal.
    /// </summary>
    public async Task<Outcome> HandInAsync(Synthesis snapshot, CancellationToken ct)
    {
        var s = await db.Syntheses.FirstAsync(x => x.Id == snapshot.Id, ct);
        if (s.Status != SynthesisStatus.Draft)
        {
            return Outcome.Refused("Cette synthèse est déjà rendue.");
        }
        if (MissingParts(s) is { Count: > 0 } missing)
        {
            return Outcome.Refused(string.Join(" ", missing.Select(m => m.Message)));
        }
        s.SnapshotJson = JsonSerializer.Serialize(await FactsAsync(s, ct), Json);
        s.Status = SynthesisStatus.HandedIn;
        s.HandedInAtUtc = clock.GetUtcNow().UtcDateTime;
        s.DueAtUtc = await db.Workspaces.Where(w => w.Id == s.WorkspaceId).Select(w => w.Class!.SynthesisDueAtUtc).FirstAsync(ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>The teacher returns a handed-in synthesis so that the student can revise it (a new version).</summary>
    public async Task ReturnAsync(Synthesis snapshot, CancellationToken ct)
    {
        if (!scope.AllowClassTeacherWrite(snapshot.WorkspaceId))
        {
            throw new NotFoundInScopeException("Synthèse hors des classes de l'enseignant.");
        }
        var s = await db.Syntheses.FirstAsync(x => x.Id == snapshot.Id, ct);
        s.Status = SynthesisStatus.Returned;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A returned synthesis becomes a new draft version with the same text; the returned one is kept as it was.</summary>
    public async Task<int?> ReviseAsync(Synthesis s, CancellationToken ct)
    {
        if (s.Status != SynthesisStatus.Returned || await db.Syntheses.AnyAsync(x => x.PreviousVersionId == s.Id, ct))
        {
            return null;
        }
        var next = new Synthesis
        {
            WorkspaceId = s.WorkspaceId,
            Title = s.Title,
            PeriodFrom = s.PeriodFrom,
            PeriodTo = s.PeriodTo,
            OperationIds = s.OperationIds,
            Version = s.Version + 1,
            PreviousVersionId = s.Id,
            Status = SynthesisStatus.Draft,
            Strengths = s.Strengths,
            Weaknesses = s.Weaknesses,
            GapCauses = s.GapCauses,
            Judgement = s.Judgement,
            CorrectiveActions = s.CorrectiveActions,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Syntheses.Add(next);
        await db.SaveChangesAsync(ct);
        return next.Id;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : Infrastructure.Formatting.XmlText.Clean(text.Trim()).Replace("\r\n", "\n", StringComparison.Ordinal);
}
