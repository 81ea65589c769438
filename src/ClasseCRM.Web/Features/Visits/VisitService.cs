using ClasseCRM.Web.Data;
using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Field;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Visits;

/// <summary>
/// Field operations (terrain): the plan de tournée over working days (by town, or by distance from the company with
/// the communes' coordinates shipped in seeds/), the preparation sheet of each visit and its compte rendu.
/// </summary>
public sealed class VisitService(AppDbContext db, WorkspaceContext workspace, CommuneLocator locator, Reminders.ReminderPlanner reminders, TimeProvider clock)
{
    public async Task<TourViewModel> TourAsync(Operation operation, CancellationToken ct)
    {
        var company = await CompanyAsync(operation, ct);
        var home = locator.Locate(company.PostalCode, company.City);
        var visits = await db.Visits.AsNoTracking().Include(v => v.Prospect).Include(v => v.Author)
            .Where(v => v.OperationId == operation.Id)
            .OrderBy(v => v.PlannedOn).ThenBy(v => v.RouteOrder).ThenBy(v => v.Id)
            .ToListAsync(ct);
        var withoutVisit = await db.OperationTargets.CountAsync(t => t.OperationId == operation.Id && !t.Excluded
            && !db.Visits.Any(v => v.OperationId == operation.Id && v.ProspectId == t.ProspectId), ct);
        var unknown = visits.Where(v => locator.Locate(v.Prospect!.PostalCode, v.Prospect.City) is null).Select(v => v.Id).ToHashSet();
        var days = visits.Where(v => v.PlannedOn is not null)
            .GroupBy(v => v.PlannedOn!.Value)
            .Select(g => new TourDay(g.Key, g.ToList(), home is { } h
                ? Math.Round(TourPlanner.RoundKm(h, g.Select(v => locator.Locate(v.Prospect!.PostalCode, v.Prospect.City))), 1)
                : null))
            .ToList();
        return new TourViewModel(operation, company, days, visits.Where(v => v.PlannedOn is null).ToList(), withoutVisit, unknown, workspace.CanWrite(operation.WorkspaceId));
    }

    /// <summary>
    /// Creates a visit for every prospect of the target list that has none, then plans every visit without a report:
    /// its day and its rank in the day's round. Visits already reported keep their place. One transaction: the new
    /// visits are saved first (the round is planned on their ids), and a failure of the planning leaves none of them.
    /// </summary>
    public async Task<int> PlanAsync(Operation operation, TourPlanViewModel m, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var missing = await db.OperationTargets.Where(t => t.OperationId == operation.Id && !t.Excluded
                && !db.Visits.Any(v => v.OperationId == operation.Id && v.ProspectId == t.ProspectId))
            .OrderBy(t => t.Position).Select(t => t.ProspectId).ToListAsync(ct);
        foreach (var prospectId in missing)
        {
            db.Visits.Add(new Visit { WorkspaceId = operation.WorkspaceId, OperationId = operation.Id, ProspectId = prospectId });
        }
        await db.SaveChangesAsync(ct);

        var company = await CompanyAsync(operation, ct);
        var open = await db.Visits.Include(v => v.Prospect).Where(v => v.OperationId == operation.Id && v.ReportedAtUtc == null).ToListAsync(ct);
        var stops = open.Select(v => new TourStop(v.Id, v.Prospect!.PostalCode, v.Prospect.City, v.Prospect.Name, locator.Locate(v.Prospect.PostalCode, v.Prospect.City))).ToList();
        var plan = TourPlanner.Plan(stops, locator.Locate(company.PostalCode, company.City), m.FirstDay!.Value, m.VisitsPerDay, m.Method);
        var byId = open.ToDictionary(v => v.Id);
        foreach (var stop in plan)
        {
            var visit = byId[stop.Id];
            visit.PlannedOn = stop.Day;
            visit.RouteOrder = stop.Order;
            visit.LegKm = stop.LegKm;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return plan.Count;
    }

    public async Task<VisitPageViewModel?> PageAsync(Operation operation, int visitId, VisitPreparationViewModel? preparation, VisitReportViewModel? report, CancellationToken ct)
    {
        var visit = await db.Visits.AsNoTracking().Include(v => v.Objections.OrderBy(o => o.Id)).Include(v => v.Author)
            .FirstOrDefaultAsync(v => v.Id == visitId && v.OperationId == operation.Id, ct);
        if (visit is null)
        {
            return null;
        }
        var prospect = await db.Prospects.AsNoTracking().Include(p => p.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id)).FirstAsync(p => p.Id == visit.ProspectId, ct);
        var scenarioId = await db.Workspaces.Where(w => w.Id == operation.WorkspaceId).Select(w => w.ScenarioId).FirstAsync(ct);
        var company = await db.Scenarios.AsNoTracking().Include(s => s.Objections.OrderBy(o => o.SortOrder)).FirstAsync(s => s.Id == scenarioId, ct);
        preparation ??= new VisitPreparationViewModel
        {
            Objective = visit.Objective ?? operation.Goal,
            Known = visit.Known,
            Soncas = Flags(visit.SoncasHypotheses),
            Arguments = visit.Arguments,
        };
        report ??= ReportOf(visit, prospect, French.ToParis(clock.GetUtcNow().UtcDateTime));
        while (report.Objections.Count < VisitReportViewModel.ObjectionLines)
        {
            report.Objections.Add(new VisitObjectionInput());
        }
        var played = await db.PairSessions.AsNoTracking().Where(s => s.VisitId == visit.Id && s.State != Domain.RolePlay.PairState.Cancelled)
            .OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        return new VisitPageViewModel(operation, visit, prospect, company, preparation, report, workspace.CanWrite(operation.WorkspaceId)) { Played = played };
    }

    public async Task SavePreparationAsync(Operation operation, int visitId, VisitPreparationViewModel m, CancellationToken ct)
    {
        var visit = await db.Visits.FirstAsync(v => v.Id == visitId && v.OperationId == operation.Id, ct);
        visit.Objective = m.Objective?.Trim();
        visit.Known = Clean(m.Known);
        visit.SoncasHypotheses = Combine(m.Soncas);
        visit.Arguments = Clean(m.Arguments);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>French errors the annotations cannot express (amount of an order, answer to each objection, dated next step).</summary>
    public static IEnumerable<(string Field, string Message)> Check(VisitReportViewModel m)
    {
        if (m.Result is VisitResult.Order or VisitResult.Quote && m.Amount is null)
        {
            yield return (nameof(m.Amount), "Indiquez le montant HT de la commande ou du devis.");
        }
        for (var i = 0; i < m.Objections.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(m.Objections[i].Text) && string.IsNullOrWhiteSpace(m.Objections[i].Answer))
            {
                yield return ($"Objections[{i}].Answer", "Notez la réponse apportée à cette objection.");
            }
        }
        if (!string.IsNullOrWhiteSpace(m.NextSteps) && m.NextStepOn is null)
        {
            yield return (nameof(m.NextStepOn), "Datez la prochaine étape (relance, RDV, envoi du devis…).");
        }
        if (m.Result is VisitResult.Appointment or VisitResult.Quote && m.NextStepOn is null)
        {
            yield return (nameof(m.NextStepOn), "Un devis ou un nouveau RDV demande une date de suite.");
        }
    }

    /// <summary>
    /// Saves the compte rendu. A visit is a contact: the prospect's date of last contact and timeline follow, and a
    /// suspect who gives a RDV, asks a quote or orders becomes a prospect. A visit played in pair (issue 19, item 4) keeps
    /// the conclusion its partner recorded (result and amount): the student completes the rest of the compte rendu.
    /// <paramref name="made"/> lets pair role play mark the visit (mode, author) before it is saved.
    /// </summary>
    public async Task SaveReportAsync(Operation operation, int visitId, VisitReportViewModel m, string author, CancellationToken ct, Action<Visit>? made = null)
    {
        var visit = await db.Visits.Include(v => v.Objections).Include(v => v.Prospect).FirstAsync(v => v.Id == visitId && v.OperationId == operation.Id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        visit.VisitedOn = m.VisitedOn;
        visit.Interlocutor = m.Interlocutor!.Trim();
        visit.Needs = Clean(m.Needs);
        visit.Motives = Combine(m.Motives);
        made?.Invoke(visit);
        if (visit.Mode == CallMode.Declared || visit.Result is null)
        {
            visit.Result = m.Result;
            visit.Amount = m.Amount is { } a ? Money.Cents(a) : null;
        }
        else
        {
            m.Result = visit.Result;
        }
        visit.Gap = Clean(m.Gap);
        visit.GapCause = Clean(m.GapCause);
        visit.Strengths = Clean(m.Strengths);
        visit.Weaknesses = Clean(m.Weaknesses);
        visit.NextSteps = Clean(m.NextSteps);
        visit.NextStepOn = m.NextStepOn;
        visit.Expenses = Money.Cents(m.Expenses);
        var first = visit.ReportedAtUtc is null;
        visit.ReportedAtUtc = now;
        db.VisitObjections.RemoveRange(visit.Objections);
        foreach (var o in m.Objections.Where(o => !string.IsNullOrWhiteSpace(o.Text)))
        {
            visit.Objections.Add(new VisitObjection
            {
                WorkspaceId = visit.WorkspaceId,
                Type = o.Type,
                Text = o.Text!.Trim(),
                Technique = o.Technique,
                Answer = o.Answer!.Trim(),
            });
        }
        var prospect = visit.Prospect!;
        var visitedAt = French.FromParis(m.VisitedOn!.Value.ToDateTime(new TimeOnly(12, 0)));
        if (prospect.LastContactAtUtc is null || prospect.LastContactAtUtc < visitedAt)
        {
            prospect.LastContactAtUtc = visitedAt > now ? now : visitedAt;
        }
        if (m.Result is not VisitResult.Refusal && prospect.Status == ProspectStatus.Suspect)
        {
            prospect.Status = ProspectStatus.Prospect;
        }
        var text = $"Visite ({operation.Name}{(visit.Mode == CallMode.Declared ? "" : $", {CallModes.Label(visit.Mode)}")}) du {m.VisitedOn.Value.ToString("dd/MM/yyyy", French.Culture)} : {Labels.Of(m.Result!.Value)}"
            + (visit.Amount is { } amount ? $" ({French.Money(amount)} HT)" : "") + "."
            + (visit.NextStepOn is { } next ? $" Suite prévue le {next.ToString("dd/MM/yyyy", French.Culture)} : {visit.NextSteps ?? "à préciser"}." : "")
            + (first ? "" : " (compte rendu modifié)");
        db.ProspectNotes.Add(ProspectNote.Event(visit.WorkspaceId, prospect.Id, text, author, now));
        var key = $"visit:{visit.Id}";
        if (visit.NextStepOn is { } nextOn)
        {
            await reminders.UpsertAsync(new(visit.WorkspaceId, key, Domain.Reminders.ReminderKind.VisitFollowUp, Domain.Reminders.ReminderTimes.MorningOf(nextOn),
                Domain.Reminders.ReminderTexts.VisitFollowUp(prospect.Name, visit.NextSteps), prospect.Id, operation.Id), ct);
        }
        else
        {
            await reminders.CloseAsync(visit.WorkspaceId, key, Domain.Reminders.ReminderStatus.Cancelled, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    private static VisitReportViewModel ReportOf(Visit v, Prospect p, DateTime todayParis) => new()
    {
        VisitedOn = v.VisitedOn ?? v.PlannedOn ?? DateOnly.FromDateTime(todayParis),
        Interlocutor = v.Interlocutor ?? (p.Contacts.FirstOrDefault() is { } c ? $"{Labels.Of(c.Civility)} {c.FullName}, {c.Title}".TrimEnd(',', ' ') : null),
        Needs = v.Needs,
        Motives = Flags(v.Motives),
        Objections = v.Objections.Select(o => new VisitObjectionInput { Type = o.Type, Text = o.Text, Technique = o.Technique, Answer = o.Answer }).ToList(),
        Result = v.Result,
        Amount = v.Amount,
        Gap = v.Gap,
        GapCause = v.GapCause,
        Strengths = v.Strengths,
        Weaknesses = v.Weaknesses,
        NextSteps = v.NextSteps,
        NextStepOn = v.NextStepOn,
        Expenses = v.Expenses,
    };

    private static List<Soncas> Flags(Soncas value) => Labels.SoncasMotives.Select(m => m.Motive).Where(m => value.HasFlag(m)).ToList();

    private static Soncas Combine(IEnumerable<Soncas> motives) => motives.Aggregate(Soncas.None, (all, m) => all | m);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private Task<Scenario> CompanyAsync(Operation operation, CancellationToken ct) =>
        db.Workspaces.AsNoTracking().Where(w => w.Id == operation.WorkspaceId).Select(w => w.Scenario!).FirstAsync(ct);
}
