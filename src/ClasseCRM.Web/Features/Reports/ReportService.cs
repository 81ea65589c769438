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
public sealed class ReportService(AppDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(French.ToParis(clock.GetUtcNow().UtcDateTime));

    public async Task<ActivityReportViewModel> ActivityAsync(int workspaceId, DateOnly? from, DateOnly? to, bool forTeacher, CancellationToken ct)
    {
        var end = to ?? Today;
        var start = from ?? end.AddDays(-27);
        if (start > end)
        {
            (start, end) = (end, start);
        }
        var fromUtc = ReminderTimes.ParisToUtc(start.ToDateTime(TimeOnly.MinValue));
        var toUtc = ReminderTimes.ParisToUtc(end.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var variants = (await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Class!).FirstAsync(ct)).RatioVariants;

        // Calls and orders are read once per day and outcome: the totals and the weeks both come from these rows.
        var callDays = await db.CallLogs.Where(c => c.WorkspaceId == workspaceId && c.CalledOn >= start && c.CalledOn <= end)
            .GroupBy(c => new { c.CalledOn, c.Outcome }).Select(g => new DayCount(g.Key.CalledOn, g.Key.Outcome, g.Count())).ToListAsync(ct);
        var calls = callDays.GroupBy(c => c.Outcome).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var mailings = await db.MailingSends.Where(m => m.WorkspaceId == workspaceId && m.SentAtUtc >= fromUtc && m.SentAtUtc < toUtc)
            .GroupBy(m => m.Result).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var visitDays = await db.Visits.Where(v => v.WorkspaceId == workspaceId && v.ReportedAtUtc != null && v.VisitedOn >= start && v.VisitedOn <= end)
            .GroupBy(v => new { v.VisitedOn, v.Result }).Select(g => new VisitDay(g.Key.VisitedOn!.Value, g.Key.Result, g.Count(), g.Sum(v => v.Expenses))).ToListAsync(ct);
        var visits = visitDays.GroupBy(v => v.Result).Select(g => new { g.Key, Count = g.Sum(v => v.Count), Expenses = g.Sum(v => v.Expenses) }).ToList();
        var confirmed = db.Orders.ConfirmedSales().Where(o => o.WorkspaceId == workspaceId);
        var salesDays = await confirmed.Where(o => o.OrderDate >= start && o.OrderDate <= end)
            .GroupBy(o => o.OrderDate).Select(g => new SalesDay(g.Key!.Value, g.Count(), g.Sum(o => o.NetExclVat), g.Sum(o => o.Margin))).ToListAsync(ct);
        var sales = salesDays.Count == 0 ? null : new { Count = salesDays.Sum(d => d.Count), Revenue = salesDays.Sum(d => d.Revenue), Margin = salesDays.Sum(d => d.Margin) };
        var operations = await db.Operations.Where(o => o.WorkspaceId == workspaceId && o.StartDate <= end && o.EndDate >= start)
            .Select(o => new { o.Id, o.ObjectiveContacts, o.ObjectiveAppointments, o.ObjectiveOrders, o.ObjectiveRevenue }).ToListAsync(ct);
        var operationIds = operations.Select(o => o.Id).ToList();
        var costs = (await db.OperationCosts.Where(c => operationIds.Contains(c.OperationId)).ToListAsync(ct)).Sum(c => c.Amount) + visits.Sum(v => v.Expenses);

        var phone = PhoneFunnel.From(calls.SelectMany(c => Enumerable.Repeat(c.Key, c.Count)));
        var mail = MailingFunnel.From(mailings.SelectMany(m => Enumerable.Repeat(m.Key, m.Count)));
        int VisitCount(VisitResult? r) => visits.Where(v => v.Key == r).Sum(v => v.Count);
        var visitsDone = visits.Sum(v => v.Count);
        var orders = sales?.Count ?? 0;
        FunnelStep[] funnel =
        [
            new("Appels émis", phone.Dialled), new("Contacts utiles (décideur joint)", phone.DecisionMakers), new("Contacts argumentés", phone.Pitched),
            new("Plis et e-mails envoyés", mail.Sent), new("Réponses", mail.Answers), new("Visites réalisées", visitsDone),
            new("RDV obtenus", phone.Appointments + mail.Appointments + VisitCount(VisitResult.Appointment)),
            new("Devis remis en visite", VisitCount(VisitResult.Quote)), new("Commandes confirmées", orders),
        ];
        var ratios = PhoneRatios.Compute(phone, variants).Concat(
        [
            PhoneRatios.MailingReturn(mail.Sent, mail.ReturnedUndeliverable, mail.Answers, variants.MailingReturn),
            PhoneRatios.VisitConversion(visitsDone, VisitCount(VisitResult.Order)),
        ]).ToList();
        var profit = new ProfitFigures(orders, sales?.Revenue ?? 0, sales?.Margin ?? 0, costs);
        var objectives = new List<ObjectiveResult>
        {
            new("contacts", operations.Sum(o => o.ObjectiveContacts), phone.DecisionMakers + mail.Answers + visitsDone),
            new("rendez-vous", operations.Sum(o => o.ObjectiveAppointments), phone.Appointments + mail.Appointments + VisitCount(VisitResult.Appointment)),
            new("commandes", operations.Sum(o => o.ObjectiveOrders), orders),
            new("CA HT", operations.Sum(o => o.ObjectiveRevenue), profit.Revenue, IsMoney: true),
        };

        var allOrders = await confirmed.Where(o => o.OrderDate != null).Select(o => new CustomerOrder(o.ProspectId, o.OrderDate!.Value, o.NetExclVat)).ToListAsync(ct);
        var scores = await db.LoyaltyActions.Where(a => a.WorkspaceId == workspaceId && a.Satisfaction != null && a.DoneOn >= start && a.DoneOn <= end)
            .Select(a => a.Satisfaction!.Value).ToListAsync(ct);

        return new ActivityReportViewModel(workspaceId, forTeacher, start, end,
            calls.OrderBy(c => c.Key).Select(c => new CountLine(CallOutcomes.Label(c.Key), c.Count)).ToList(),
            mailings.OrderBy(m => m.Key).Select(m => new CountLine(Labels.Of(m.Key), m.Count)).ToList(),
            visits.OrderBy(v => v.Key).Select(v => new CountLine(v.Key is { } r ? Labels.Of(r) : "—", v.Count)).ToList(),
            funnel, ratios, profit, objectives,
            LoyaltyFigures.Compute(allOrders, scores, start, end),
            await WeeksAsync(workspaceId, start, end, fromUtc, toUtc, callDays, visitDays, salesDays, ct));
    }

    /// <summary>Counts per day in SQL, folded into weeks (Monday to Sunday).</summary>
    private async Task<List<WeekLine>> WeeksAsync(int workspaceId, DateOnly start, DateOnly end, DateTime fromUtc, DateTime toUtc, List<DayCount> calls, List<VisitDay> visits, List<SalesDay> orders, CancellationToken ct)
    {
        var answers = await db.MailingSends.Where(m => m.WorkspaceId == workspaceId && m.ResultAtUtc >= fromUtc && m.ResultAtUtc < toUtc && m.Result >= MailingResult.AnswerNotInterested)
            .GroupBy(m => m.ResultAtUtc!.Value.Date).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(ct);
        static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        var weeks = new List<WeekLine>();
        for (var monday = Monday(start); monday <= end; monday = monday.AddDays(7))
        {
            var sunday = monday.AddDays(6);
            bool In(DateOnly d) => d >= monday && d <= sunday;
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
        var rows = await db.Workspaces.IgnoreQueryFilters().AsNoTracking().Where(w => ids.Contains(w.Id)).OrderBy(w => w.Name)
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
        var latest = (await db.Syntheses.AsNoTracking().Where(s => ids.Contains(s.WorkspaceId)).ToListAsync(ct))
            .GroupBy(s => s.WorkspaceId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Version).First());
        return rows.Select(r => latest.TryGetValue(r.WorkspaceId, out var s)
            ? r with
            {
                SynthesisId = s.Id,
                SynthesisStatus = s.Status switch
                {
                    Domain.Syntheses.SynthesisStatus.Draft => "brouillon",
                    Domain.Syntheses.SynthesisStatus.HandedIn => s.IsLate ? "rendue en retard" : "rendue",
                    Domain.Syntheses.SynthesisStatus.Assessed => "évaluée",
                    _ => "retournée",
                },
            }
            : r).ToList();
    }
}

/// <summary>Calls of one day with one outcome (the totals and the weeks of a report both come from these rows).</summary>
internal sealed record DayCount(DateOnly Day, CallOutcome Outcome, int Count);

/// <summary>Reported visits of one day with one result, and their expenses.</summary>
internal sealed record VisitDay(DateOnly Day, VisitResult? Result, int Count, decimal Expenses);

/// <summary>Confirmed orders of one day.</summary>
internal sealed record SalesDay(DateOnly Day, int Count, decimal Revenue, decimal Margin);
