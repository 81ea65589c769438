using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Loyalty;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Reports;

/// <summary>
/// The activity reports: a student's dashboard for a period and the class dashboard of a teacher. Counts and sums are
/// computed in SQL (grouped by outcome, by result, by day); only the folding of days into weeks and the ratios are done here.
/// </summary>
public sealed partial class ReportService(AppDbContext db, ActivityFiguresService activity, Data.Reference.SeedCatalog seeds, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(French.ToParis(clock.GetUtcNow().UtcDateTime));

    /// <summary>
    /// A student's report: over the period, or — with operations chosen — exactly their activity (the figures of each
    /// operation's results page, summed by channel), one funnel per channel, then the loyalty figures and the weeks.
    /// </summary>
    public async Task<ActivityReportViewModel> ActivityAsync(int workspaceId, DateOnly? from, DateOnly? to, IReadOnlyList<int>? operationIds, bool forTeacher, CancellationToken ct)
    {
        var end = to ?? Today;
        var start = from ?? end.AddDays(-27);
        if (start > end)
        {
            (start, end) = (end, start);
        }
        var choices = await db.Operations.AsNoTracking().Where(o => o.WorkspaceId == workspaceId).OrderByDescending(o => o.StartDate).ThenByDescending(o => o.Id)
            .Select(o => new OperationChoice(o.Id, o.Name, o.Channel, o.StartDate, o.EndDate)).ToListAsync(ct);
        var chosen = operationIds?.Where(id => choices.Any(c => c.Id == id)).Distinct().ToList();
        var scope = chosen is { Count: > 0 } ? ActivityScope.Operations(workspaceId, chosen, start, end) : ActivityScope.Period(workspaceId, start, end);
        var figures = await activity.ComputeAsync(scope, ct);

        // Calls, visits and orders are read once per day and outcome: the lists by outcome and the weeks both come from these rows.
        var callDays = await activity.Calls(scope).GroupBy(c => new { c.CalledOn, c.Outcome }).Select(g => new DayCount(g.Key.CalledOn, g.Key.Outcome, g.Count())).ToListAsync(ct);
        // Letters and e-mails are counted apart: an e-mail bounces (« rebond »), only a letter comes back NPAI.
        var mailings = await activity.Sends(scope).GroupBy(m => new { m.Channel, m.Result }).Select(g => new { g.Key.Channel, g.Key.Result, Count = g.Count() }).ToListAsync(ct);
        var visitDays = await activity.Visits(scope).Where(v => v.ReportedAtUtc != null)
            .GroupBy(v => new { v.VisitedOn, v.Result }).Select(g => new VisitDay(g.Key.VisitedOn!.Value, g.Key.Result, g.Count(), g.Sum(v => v.Expenses))).ToListAsync(ct);
        var salesDays = await activity.ConfirmedOrders(scope).Where(o => o.OrderDate != null)
            .GroupBy(o => o.OrderDate).Select(g => new SalesDay(g.Key!.Value, g.Count(), g.Sum(o => o.NetExclVat), g.Sum(o => o.Margin))).ToListAsync(ct);

        var confirmed = db.Orders.ConfirmedSales().Where(o => o.WorkspaceId == workspaceId);
        var allOrders = await confirmed.Where(o => o.OrderDate != null).Select(o => new CustomerOrder(o.ProspectId, o.OrderDate!.Value, o.NetExclVat)).ToListAsync(ct);
        var scores = await db.LoyaltyActions.Where(a => a.WorkspaceId == workspaceId && a.Satisfaction != null && a.DoneOn >= start && a.DoneOn <= end)
            .Select(a => a.Satisfaction!.Value).ToListAsync(ct);

        return new ActivityReportViewModel(workspaceId, forTeacher, start, end, chosen ?? [], choices,
            callDays.GroupBy(c => c.Outcome).OrderBy(g => CallOutcomes.InFunnelOrder.ToList().IndexOf(g.Key)).Select(g => new CountLine(CallOutcomes.Label(g.Key), g.Sum(c => c.Count))).ToList(),
            mailings.OrderBy(m => m.Channel).ThenBy(m => m.Result).Select(m => new CountLine($"{(m.Channel == Domain.Contacting.Channel.Email ? "E-mail" : "Courrier")} — {Labels.Of(m.Result, m.Channel)}", m.Count)).ToList(),
            visitDays.GroupBy(v => v.Result).OrderBy(g => g.Key).Select(g => new CountLine(g.Key is { } r ? Labels.Of(r) : "—", g.Sum(v => v.Count))).ToList(),
            figures,
            LoyaltyFigures.Compute(allOrders, scores, start, end),
            await WeeksAsync(scope, start, end, callDays, visitDays, salesDays, ct))
        {
            Whose = forTeacher ? await WhoseAsync(workspaceId, ct) : null,
        };
    }

    /// <summary>« Espace Dupont — Léa Dupont, Hugo Martin »: the workspace's name and its pupils, surname order.</summary>
    private async Task<string> WhoseAsync(int workspaceId, CancellationToken ct)
    {
        var name = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Name).FirstAsync(ct);
        var members = await db.WorkspaceMembers.Where(m => m.WorkspaceId == workspaceId)
            .OrderBy(m => m.Student!.LastName).ThenBy(m => m.Student!.FirstName)
            .Select(m => m.Student!.FirstName + " " + m.Student.LastName).ToListAsync(ct);
        return members.Count == 0 ? name : $"{name} — {string.Join(", ", members)}";
    }

    /// <summary>Counts per day in SQL, folded into weeks (Monday to Sunday) over the period shown.</summary>
    private async Task<List<WeekLine>> WeeksAsync(ActivityScope scope, DateOnly start, DateOnly end, List<DayCount> calls, List<VisitDay> visits, List<SalesDay> orders, CancellationToken ct)
    {
        var (fromUtc, toUtc) = ActivityFiguresService.UtcBounds(scope with { From = start, To = end });
        var answers = await activity.Sends(scope).Where(m => m.ResultAtUtc >= fromUtc && m.ResultAtUtc < toUtc && m.Result >= MailingResult.AnswerNotInterested)
            .GroupBy(m => m.ResultAtUtc!.Value.Date).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(ct);
        static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        var weeks = new List<WeekLine>();
        for (var monday = Monday(start); monday <= end; monday = monday.AddDays(7))
        {
            var sunday = monday.AddDays(6);
            bool In(DateOnly d) => d >= monday && d <= sunday && d >= start && d <= end;
            weeks.Add(new WeekLine(monday,
                calls.Where(c => In(c.Day)).Sum(c => c.Count),
                answers.Where(a => In(DateOnly.FromDateTime(a.Day))).Sum(a => a.Count),
                visits.Where(v => In(v.Day)).Sum(v => v.Count),
                orders.Where(o => In(o.Day)).Sum(o => o.Count),
                orders.Where(o => In(o.Day)).Sum(o => o.Revenue)));
        }
        return weeks;
    }

    /// <summary>The class dashboard: one row per workspace, its key figures, last activity and overdue follow-ups.</summary>
    public async Task<List<ClassDashboardRow>> ClassAsync(int classId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The workspaces come through the access filters (a teacher's classes only); the figures are then read for those
        // ids alone, without repeating the teacher's whole scope inside each of the sub-queries below.
        var ids = await db.Workspaces.Where(w => w.ClassId == classId).Select(w => w.Id).ToListAsync(ct);
        var sales = db.Orders.IgnoreQueryFilters().ConfirmedSales();
        var rows = await db.Workspaces.IgnoreQueryFilters().AsNoTracking().Where(w => ids.Contains(w.Id))
            .Select(w => new ClassDashboardRow(w.Id, w.Name,
                db.CallLogs.IgnoreQueryFilters().Count(c => c.WorkspaceId == w.Id),
                db.CallLogs.IgnoreQueryFilters().Count(c => c.WorkspaceId == w.Id && c.Outcome == CallOutcome.AppointmentMade)
                    + db.MailingSends.IgnoreQueryFilters().Count(m => m.WorkspaceId == w.Id && m.Result == MailingResult.AnswerAppointment)
                    + db.Visits.IgnoreQueryFilters().Count(v => v.WorkspaceId == w.Id && v.Result == VisitResult.Appointment),
                sales.Count(o => o.WorkspaceId == w.Id),
                sales.Where(o => o.WorkspaceId == w.Id).Sum(o => (decimal?)o.NetExclVat) ?? 0,
                sales.Where(o => o.WorkspaceId == w.Id).Sum(o => (decimal?)o.Margin) ?? 0,
                db.ProspectNotes.IgnoreQueryFilters().Where(n => n.WorkspaceId == w.Id).Max(n => (DateTime?)n.CreatedAtUtc),
                db.Reminders.IgnoreQueryFilters().Count(r => r.WorkspaceId == w.Id && r.Status == ReminderStatus.Open && r.DueAtUtc < now)))
            .ToListAsync(ct);
        rows.Sort((a, b) => FrenchNameComparer.Instance.Compare(a.Workspace, b.Workspace));
        var documents = await db.Syntheses.AsNoTracking().Where(s => ids.Contains(s.WorkspaceId)).ToListAsync(ct);
        var latest = documents.GroupBy(s => s.WorkspaceId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Version).ThenByDescending(s => s.Id).First());
        // The state in words agrees with the document its référentiel names (« rendu » compte rendu, « rendue » synthèse).
        var doc = seeds.Referentiel(await db.Classes.Where(c => c.Id == classId).Select(c => c.Referentiel).FirstOrDefaultAsync(ct)).Document;
        string State(Domain.Syntheses.Synthesis? s) => s is null
            ? (doc.Feminine ? "non commencée" : "non commencé")
            : Syntheses.SynthesisStates.InText(s, s.Referentiel is { } frozen ? seeds.Referentiel(frozen).Document : doc);
        rows = await WithCallModesAsync(ids, rows, ct);
        return await WithMembersAsync(ids, rows.Select(r => latest.TryGetValue(r.WorkspaceId, out var s)
            ? r with { SynthesisId = s.Id, SynthesisStatus = State(s) }
            : r with { SynthesisStatus = State(null) }).ToList(), new MemberDocuments(documents, State), ct);
    }
}

/// <summary>Calls of one day with one outcome (the totals and the weeks of a report both come from these rows).</summary>
internal sealed record DayCount(DateOnly Day, CallOutcome Outcome, int Count);

/// <summary>Reported visits of one day with one result, and their expenses.</summary>
internal sealed record VisitDay(DateOnly Day, VisitResult? Result, int Count, decimal Expenses);

/// <summary>Confirmed orders of one day.</summary>
internal sealed record SalesDay(DateOnly Day, int Count, decimal Revenue, decimal Margin);
