using System.Text.Json;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Features.Prospects;
using ClasseCRM.Web.Features.Reports;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// The U22 written synthesis: created for a period and operations, its facts filled from the data (live while it is a
/// draft), the analysis written by the student, handed in before the class's deadline (a frozen snapshot), returned by
/// the teacher and revised into a new version.
/// </summary>
public sealed class SynthesisService(AppDbContext db, AccessScope scope, ProspectService prospects, ReportService reports, OperationService operations, Rubrics.RubricService rubrics, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] ResultsHeader = ["Espace", "Synthèse", "Version", "Rendue le"];
    private static readonly string[] FiguresHeader = ["Partie", "Indicateur", "Valeur", "Formule", "Numérateur", "Dénominateur"];

    public bool CanWrite(int workspaceId) => prospects.CanWrite(workspaceId);

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
        return new SynthesisPageViewModel(s, facts, CanWrite(s.WorkspaceId) && s.Status == SynthesisStatus.Draft, CanReturn(s), s.DueAtUtc ?? due, versions)
        {
            Rubric = await rubrics.ForWorkspaceAsync(s.WorkspaceId, ct),
            Assessment = assessment,
            AssessedRubric = assessment is null ? null : rubrics.Of(assessment),
            CanAssess = CanReturn(s),
        };
    }

    /// <summary>Records the assessment with the rubric and returns the synthesis to the student, who reads it.</summary>
    public async Task<string?> AssessAsync(Synthesis snapshot, SynthesisAssessViewModel m, string teacherName, CancellationToken ct)
    {
        var rubric = await rubrics.ForWorkspaceAsync(snapshot.WorkspaceId, ct);
        var keys = rubric.Keys.ToList();
        if (m.Levels.Count != keys.Count || m.Levels.Any(l => l is null or < 0 or > 3))
        {
            return "Choisissez un niveau pour chaque critère de la grille.";
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
        return null;
    }

    /// <summary>The figures of the synthesis (as frozen at hand-in, or live for a draft) as rows for a spreadsheet.</summary>
    public static List<IReadOnlyList<string?>> FigureRows(Synthesis s, SynthesisFacts f)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var rows = new List<IReadOnlyList<string?>>
        {
            new[] { "Synthèse", s.Title, $"version {s.Version}" },
            new[] { "Période", f.From.ToString("dd/MM/yyyy", inv), f.To.ToString("dd/MM/yyyy", inv) },
            FiguresHeader,
        };
        rows.AddRange(f.Operations.Select(o => (IReadOnlyList<string?>)["Contexte", o.Name, o.Budget.ToString("0.00", inv), o.Criteria]));
        rows.AddRange(f.Funnel.Select(l => (IReadOnlyList<string?>)["Entonnoir", l.Label, l.Count.ToString(inv)]));
        rows.AddRange(f.Objectives.Select(o => (IReadOnlyList<string?>)["Objectifs", o.Name, o.Achieved.ToString("0.##", inv), "objectif " + o.Objective.ToString("0.##", inv), "écart " + o.Gap.ToString("0.##", inv), o.GapPercent?.ToString("0.0", inv)]));
        rows.AddRange(f.Ratios.Select(r => (IReadOnlyList<string?>)["Ratios", r.Name, r.Percent?.ToString("0.0", inv), r.Formula, r.Numerator.ToString("0.##", inv), r.Denominator.ToString("0.##", inv)]));
        rows.Add(["Rentabilité", "Coûts", f.Costs.ToString("0.00", inv)]);
        rows.Add(["Rentabilité", "CA HT", f.Revenue.ToString("0.00", inv)]);
        rows.Add(["Rentabilité", "Marge", f.Margin.ToString("0.00", inv)]);
        rows.Add(["Rentabilité", "Résultat", f.Result.ToString("0.00", inv), "marge − coûts"]);
        rows.Add(["Rentabilité", "ROI (%)", f.RoiPercent?.ToString("0.0", inv), "résultat ÷ coûts"]);
        return rows;
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
        var workspaces = await db.Workspaces.AsNoTracking().Where(w => w.ClassId == classId).OrderBy(w => w.Name).Select(w => new { w.Id, w.Name }).ToListAsync(ct);
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

    /// <summary>The facts from the data now: context, organisation and results of the period and operations.</summary>
    public async Task<SynthesisFacts> FactsAsync(Synthesis s, CancellationToken ct)
    {
        var company = await db.Workspaces.AsNoTracking().Where(w => w.Id == s.WorkspaceId).Select(w => w.Scenario!).FirstAsync(ct);
        var report = await reports.ActivityAsync(s.WorkspaceId, s.PeriodFrom, s.PeriodTo, false, ct);
        var ops = new List<OperationFacts>();
        var objectives = new Dictionary<string, (decimal Objective, decimal Achieved, bool Money)>();
        foreach (var id in s.Operations)
        {
            if (await operations.FindAsync(id, ct) is not { } op)
            {
                continue;
            }
            var results = await operations.ResultsAsync(op, ct);
            var targets = await db.OperationTargets.Where(t => t.OperationId == id).GroupBy(t => t.Excluded).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            ops.Add(new OperationFacts(op.Name, Labels.Of(op.Channel), op.StartDate, op.EndDate, op.Goal, op.TargetCriteria,
                targets.Where(t => !t.Key).Sum(t => t.Count), targets.Where(t => t.Key).Sum(t => t.Count), results.Costs.Total));
            foreach (var o in results.Objectives)
            {
                var key = o.Name is "contacts utiles" or "réponses" or "visites réalisées" ? "contacts" : o.Name;
                var before = objectives.GetValueOrDefault(key);
                objectives[key] = (before.Objective + o.Objective, before.Achieved + o.Achieved, o.IsMoney);
            }
        }
        return new SynthesisFacts(company.CompanyName, company.Offer, s.PeriodFrom, s.PeriodTo, ops,
            report.Funnel.Select(f => new FactLine(f.Label, f.Count)).ToList(),
            report.Ratios.Select(r => new RatioFact(r.Name, r.Formula, r.Numerator, r.Denominator, r.Percent)).ToList(),
            objectives.Select(o =>
            {
                var result = new Domain.Figures.ObjectiveResult(o.Key, o.Value.Objective, o.Value.Achieved, o.Value.Money);
                return new ObjectiveFact(o.Key, o.Value.Objective, o.Value.Achieved, result.Gap, result.GapRate.Percent, o.Value.Money);
            }).ToList(),
            report.Profit.Cost, report.Profit.Revenue, report.Profit.Margin, report.Profit.Result, report.Profit.ReturnOnInvestment.Percent);
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

    /// <summary>Hands in: the facts are frozen as they are now; the deadline in force is kept to show a late hand-in.</summary>
    public async Task<bool> HandInAsync(Synthesis snapshot, CancellationToken ct)
    {
        var s = await db.Syntheses.FirstAsync(x => x.Id == snapshot.Id, ct);
        if (s.Status != SynthesisStatus.Draft)
        {
            return false;
        }
        s.SnapshotJson = JsonSerializer.Serialize(await FactsAsync(s, ct), Json);
        s.Status = SynthesisStatus.HandedIn;
        s.HandedInAtUtc = clock.GetUtcNow().UtcDateTime;
        s.DueAtUtc = await db.Workspaces.Where(w => w.Id == s.WorkspaceId).Select(w => w.Class!.SynthesisDueAtUtc).FirstAsync(ct);
        await db.SaveChangesAsync(ct);
        return true;
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

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
}
