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
/// The written document a student hands in (« compte rendu d'opération » or « synthèse écrite U22 », as the class's
/// référentiel names it): created for a period and operations, its facts filled from the data (live while it is a
/// draft), the analysis written by its author, handed in before the class's deadline (a frozen snapshot), returned by
/// the teacher and revised into a new version. In a binôme each member has their own documents: the partner reads them,
/// only the author writes and hands in.
/// </summary>
public sealed class SynthesisService(AppDbContext db, AccessScope scope, WorkspaceContext workspace, ActivityFiguresService activity, SynthesisSectionsService sections, Rubrics.RubricService rubrics, Data.Reference.SeedCatalog seeds, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<List<Synthesis>> ListAsync(int workspaceId, CancellationToken ct) =>
        db.Syntheses.AsNoTracking().Include(s => s.Author).Where(s => s.WorkspaceId == workspaceId).OrderByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Id).ToListAsync(ct);

    public Task<Synthesis?> FindAsync(int id, CancellationToken ct) => db.Syntheses.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>The document's names under the workspace class's référentiel (for lists and forms).</summary>
    public async Task<Data.Reference.ReferentielDocument> DocumentAsync(int workspaceId, CancellationToken ct) =>
        seeds.Referentiel(await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Class!.Referentiel).FirstOrDefaultAsync(ct)).Document;

    /// <summary>The référentiel a document is read under: the one frozen at hand-in, or the class's while it is a draft.</summary>
    public async Task<Data.Reference.Referentiel> ReferentielAsync(Synthesis s, CancellationToken ct) =>
        seeds.Referentiel(s.Referentiel ?? await db.Workspaces.Where(w => w.Id == s.WorkspaceId).Select(w => w.Class!.Referentiel).FirstOrDefaultAsync(ct));

    /// <summary>Only its author writes a document (anyone allowed to write in the workspace, for one written before authors).</summary>
    public bool CanWrite(Synthesis s) => workspace.CanWrite(s.WorkspaceId) && (s.AuthorId is null || s.AuthorId == scope.UserId);

    /// <summary>Who wrote it: its author; for a document written before authors, the students of the workspace (or its name).</summary>
    public async Task<string> AuthorAsync(Synthesis s, CancellationToken ct)
    {
        if (s.AuthorId is { } authorId)
        {
            return await db.Users.Where(u => u.Id == authorId).Select(u => (u.FirstName + " " + u.LastName).Trim()).FirstAsync(ct);
        }
        var workspaceId = s.WorkspaceId;
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
            AuthorId = scope.IsStudent ? scope.UserId : null,
            Title = m.Title!.Trim(),
            PeriodFrom = m.From!.Value <= m.To!.Value ? m.From.Value : m.To.Value,
            PeriodTo = m.From.Value <= m.To.Value ? m.To.Value : m.From.Value,
            OperationIds = string.Join(',', ids.Order()),
            Status = SynthesisStatus.Draft,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        // The open reminders of what it covers are proposed as rows of the rétroagir table (the student edits or removes them).
        synthesis.ActionRowsJson = SynthesisRows.ToJson(await sections.FromOpenRemindersAsync(synthesis, [], ct));
        db.Syntheses.Add(synthesis);
        await db.SaveChangesAsync(ct);
        return synthesis.Id;
    }

    public async Task<SynthesisPageViewModel> PageAsync(Synthesis s, CancellationToken ct)
    {
        var facts = s.SnapshotJson is { } json ? JsonSerializer.Deserialize<SynthesisFacts>(json, Json)! : await FactsAsync(s, ct);
        var due = await db.Workspaces.Where(w => w.Id == s.WorkspaceId).Select(w => w.Class!.SynthesisDueAtUtc).FirstAsync(ct);
        var versions = await db.Syntheses.AsNoTracking().Where(x => x.WorkspaceId == s.WorkspaceId && x.Title == s.Title && x.AuthorId == s.AuthorId).OrderBy(x => x.Version).ToListAsync(ct);
        var assessment = await db.SynthesisAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.SynthesisId == s.Id, ct);
        var referentiel = await ReferentielAsync(s, ct);
        return new SynthesisPageViewModel(s, facts, CanWrite(s) && s.Status == SynthesisStatus.Draft, CanReturn(s), s.DueAtUtc ?? due, versions)
        {
            Cover = facts.Cover ?? await sections.CoverAsync(s, ct),
            GapCauses = facts.GapCauses ?? SynthesisRows.Causes(s.GapCauseRowsJson),
            Actions = facts.Actions ?? SynthesisRows.Actions(s.ActionRowsJson),
            Referentiel = referentiel,
            Author = await AuthorAsync(s, ct),
            Rubric = await rubrics.ForWorkspaceAsync(s.WorkspaceId, ct),
            Assessment = assessment,
            AssessedRubric = assessment is null ? null : rubrics.Of(assessment),
            CanAssess = CanReturn(s),
        };
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
                targets.Where(t => t.OperationId == op.Id && !t.Excluded).Sum(t => t.Count), targets.Where(t => t.OperationId == op.Id && t.Excluded).Sum(t => t.Count), budget, op.Id));
        }
        return new SynthesisFacts(company.CompanyName, company.Offer, s.PeriodFrom, s.PeriodTo, ops, figures,
            await sections.CoverAsync(s, ct), await sections.LoyaltyAsync(s, ct), await sections.AnnexesAsync(s, ct));
    }

    /// <summary>
    /// Saves what the student wrote: the texts and, when the form posted them, the cause of each objective row listed in
    /// today's results and the rétroagir rows (call after <see cref="SynthesisRows.Check"/>). False once handed in.
    /// </summary>
    public async Task<bool> SaveTextAsync(Synthesis snapshot, SynthesisTextViewModel m, CancellationToken ct)
    {
        var s = await db.Syntheses.FirstAsync(x => x.Id == snapshot.Id, ct);
        if (s.Status != SynthesisStatus.Draft)
        {
            return false;
        }
        if (m.WithRows)
        {
            var figures = await activity.ComputeAsync(ActivityScope.Operations(s.WorkspaceId, s.Operations.ToList(), s.PeriodFrom, s.PeriodTo), ct);
            s.GapCauseRowsJson = SynthesisRows.ToJson(SynthesisRows.CausesFrom(m, ObjectiveRows(figures)));
            s.ActionRowsJson = SynthesisRows.ToJson(SynthesisRows.ActionsFrom(m));
        }
        s.Strengths = Clean(m.Strengths);
        s.Weaknesses = Clean(m.Weaknesses);
        s.GapCauses = Clean(m.GapCauses);
        s.Judgement = Clean(m.Judgement);
        s.CorrectiveActions = Clean(m.CorrectiveActions);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The objective rows of the results, by channel (enum name) and objective name: the rows a cause is written for.</summary>
    public static IReadOnlySet<(string Channel, string Objective)> ObjectiveRows(ActivityFigures? figures) =>
        (figures?.Channels ?? []).SelectMany(c => c.Objectives.Select(o => (c.Channel.ToString(), o.Name))).ToHashSet();

    /// <summary>The parts a document cannot be handed in without, computed on today's figures.</summary>
    public async Task<List<(string Field, string Message)>> MissingPartsAsync(Synthesis s, CancellationToken ct) =>
        MissingParts(s, await activity.ComputeAsync(ActivityScope.Operations(s.WorkspaceId, s.Operations.ToList(), s.PeriodFrom, s.PeriodTo), ct));

    /// <summary>
    /// The parts a document cannot be handed in without (DOMAIN.md), each with the French message naming it: 4. Analyse —
    /// points forts et faibles, the cause of each row objectif | réalisé | écart (a document written before the rows keeps
    /// its one text « Cause précise de chaque écart »), jugement; 5. Rétroagir — the table, each row with its écart, cause,
    /// action corrective, échéance and indicateur de suivi (the text « Actions correctives et suites » adds next steps, it
    /// does not replace the table).
    /// </summary>
    public static List<(string Field, string Message)> MissingParts(Synthesis s, ActivityFigures? figures)
    {
        var missing = new List<(string Field, string Message)>();
        void Text(string field, string part, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                missing.Add((field, $"{part} est vide : complétez-la avant de rendre le document."));
            }
        }
        Text(nameof(Synthesis.Strengths), "4. Analyse : la partie « Points forts »", s.Strengths);
        Text(nameof(Synthesis.Weaknesses), "4. Analyse : la partie « Points faibles »", s.Weaknesses);
        if (string.IsNullOrWhiteSpace(s.GapCauses))
        {
            var causes = SynthesisRows.Causes(s.GapCauseRowsJson);
            var without = (figures?.Channels ?? []).SelectMany(c => c.Objectives
                .Where(o => string.IsNullOrWhiteSpace(SynthesisRows.CauseOf(causes, c.Channel.ToString(), o.Name)))
                .Select(o => $"« {o.Name} ({c.ChannelName}) »")).ToList();
            if (without.Count > 0)
            {
                missing.Add(("Causes", $"4. Analyse : la cause de l'écart est vide pour {string.Join(", ", without)} : écrivez la cause de chaque ligne avant de rendre le document."));
            }
        }
        Text(nameof(Synthesis.Judgement), "4. Analyse : la partie « Jugement argumenté »", s.Judgement);
        var actions = SynthesisRows.Actions(s.ActionRowsJson);
        if (actions.Count == 0)
        {
            missing.Add(("Actions", "5. Rétroagir : le tableau « écart → cause → action corrective → échéance → indicateur de suivi » est vide : ajoutez au moins une ligne avant de rendre le document."));
        }
        foreach (var (row, i) in actions.Select((r, i) => (r, i)))
        {
            var cells = new (string Value, string Name)[] { (row.Gap, "l'écart"), (row.Cause, "la cause"), (row.Action, "l'action corrective"), (row.DueOn is null ? "" : "x", "l'échéance"), (row.Indicator, "l'indicateur de suivi") }
                .Where(c => string.IsNullOrWhiteSpace(c.Value)).Select(c => c.Name).ToList();
            if (cells.Count > 0)
            {
                missing.Add(($"Actions[{i}]", $"5. Rétroagir, ligne {i + 1} : complétez {string.Join(", ", cells)} avant de rendre le document."));
            }
        }
        return missing;
    }

    /// <summary>« Reprendre les relances ouvertes »: adds to the rétroagir table the open reminders not in it yet; how many.</summary>
    public async Task<int?> TakeOpenRemindersAsync(Synthesis snapshot, CancellationToken ct)
    {
        var s = await db.Syntheses.FirstAsync(x => x.Id == snapshot.Id, ct);
        if (s.Status != SynthesisStatus.Draft)
        {
            return null;
        }
        var rows = SynthesisRows.Actions(s.ActionRowsJson);
        var added = await sections.FromOpenRemindersAsync(s, rows, ct);
        var all = rows.Concat(added).Take(SynthesisRows.MaxActions).ToList();
        s.ActionRowsJson = SynthesisRows.ToJson(all);
        await db.SaveChangesAsync(ct);
        return all.Count - rows.Count;
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
            return Outcome.Refused("Ce document est déjà rendu.");
        }
        var facts = await FactsAsync(s, ct);
        if (MissingParts(s, facts.Figures) is { Count: > 0 } missing)
        {
            return Outcome.Refused(string.Join(" ", missing.Select(m => m.Message)));
        }
        // The student's rows are frozen with the facts: the handed-in document never changes.
        s.SnapshotJson = JsonSerializer.Serialize(facts with { GapCauses = SynthesisRows.Causes(s.GapCauseRowsJson), Actions = SynthesisRows.Actions(s.ActionRowsJson) }, Json);
        s.Status = SynthesisStatus.HandedIn;
        s.HandedInAtUtc = clock.GetUtcNow().UtcDateTime;
        var schoolClass = await db.Workspaces.Where(w => w.Id == s.WorkspaceId).Select(w => new { w.Class!.SynthesisDueAtUtc, w.Class.Referentiel }).FirstAsync(ct);
        s.DueAtUtc = schoolClass.SynthesisDueAtUtc;
        s.Referentiel = schoolClass.Referentiel;
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>The teacher returns a handed-in synthesis so that the student can revise it (a new version).</summary>
    public async Task ReturnAsync(Synthesis snapshot, CancellationToken ct)
    {
        if (!scope.AllowClassTeacherWrite(snapshot.WorkspaceId))
        {
            throw new NotFoundInScopeException("Document hors des classes de l'enseignant.");
        }
        var s = await db.Syntheses.FirstAsync(x => x.Id == snapshot.Id, ct);
        s.Status = SynthesisStatus.Returned;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A returned synthesis becomes a new draft version with the same text and rows; the returned one is kept as it was.</summary>
    public async Task<int?> ReviseAsync(Synthesis s, CancellationToken ct)
    {
        if (s.Status != SynthesisStatus.Returned || await db.Syntheses.AnyAsync(x => x.PreviousVersionId == s.Id, ct))
        {
            return null;
        }
        var next = new Synthesis
        {
            WorkspaceId = s.WorkspaceId,
            AuthorId = s.AuthorId,
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
            GapCauseRowsJson = s.GapCauseRowsJson,
            ActionRowsJson = s.ActionRowsJson,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Syntheses.Add(next);
        await db.SaveChangesAsync(ct);
        return next.Id;
    }

    /// <summary>Free text as stored: trimmed, without characters XML cannot carry, Windows line ends made \n; null when blank.</summary>
    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : Infrastructure.Formatting.XmlText.Clean(text.Trim()).Replace("\r\n", "\n", StringComparison.Ordinal);
}
