using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Loyalty;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// The parts of the document around its results: the cover page, the annexes (the tour plan of the visit operations),
/// 6. Suivi et fidélisation, and the rétroagir rows proposed from the workspace's open reminders.
/// </summary>
public sealed class SynthesisSectionsService(AppDbContext db, Visits.VisitService visits, Operations.OperationPlanService plans)
{
    /// <summary>The cover page: the class of the workspace, its établissement, the school year of the period's end.</summary>
    public async Task<SynthesisCover> CoverAsync(Synthesis s, CancellationToken ct)
    {
        var names = await db.Workspaces.Where(w => w.Id == s.WorkspaceId).Select(w => new { Class = w.Class!.Name, School = w.Class.School!.Name }).FirstAsync(ct);
        return new SynthesisCover(names.Class, string.IsNullOrWhiteSpace(names.School) ? "—" : names.School.Trim(), SynthesisCover.SchoolYearOf(s.PeriodTo));
    }

    /// <summary>
    /// The student's plan in the document: the justifications of each operation covered (1. Contexte), then the annexes of
    /// 2. Organisation — the texts the student wrote (plan d'appel, argumentaire, lettre / e-mail), then, for each visit
    /// operation with a planned tour, its days in order with the visits of each day and the kilometres of the round.
    /// </summary>
    public async Task<DocumentAnnexes> AnnexesAsync(Synthesis s, CancellationToken ct)
    {
        var ids = s.Operations.ToList();
        var fieldOperations = await db.Operations.AsNoTracking()
            .Where(o => o.WorkspaceId == s.WorkspaceId && ids.Contains(o.Id) && o.Channel == Domain.Contacting.Channel.Visit)
            .OrderBy(o => o.StartDate).ThenBy(o => o.Id).ToListAsync(ct);
        var written = await plans.SnapshotsAsync(s.WorkspaceId, ids, ct);
        var annexes = Operations.OperationPlanDocument.Annexes(written).ToList();
        foreach (var operation in fieldOperations)
        {
            var tour = await visits.TourAsync(operation, ct);
            if (tour.Days.Count == 0)
            {
                continue;
            }
            var rows = tour.Days.Select(d => (IReadOnlyList<string>)
            [
                d.Day.ToString("dddd dd/MM/yyyy", French.Culture),
                string.Join(" → ", d.Visits.Select(v => $"{v.Prospect!.Name} ({v.Prospect.City})")),
                d.RoundKm is { } km ? km.ToString("0.0", French.Culture) + " km" : "—",
            ]).ToList();
            var total = tour.Days.All(d => d.RoundKm is not null) ? tour.Days.Sum(d => d.RoundKm!.Value) : (double?)null;
            annexes.Add(new DocumentAnnex($"Annexe — plan de tournée « {operation.Name} »",
                total is { } t ? $"Au départ de l'entreprise, {French.Plural(tour.Days.Count, "jour", "jours")}, {t.ToString("0.0", French.Culture)} km en tout." : $"Au départ de l'entreprise, {French.Plural(tour.Days.Count, "jour", "jours")}.",
                new DocTable($"Tournée « {operation.Name} » : visites par jour", ["Jour", "Visites (dans l'ordre)", "Boucle"], rows, [2])));
        }
        return new DocumentAnnexes(Operations.OperationPlanDocument.Justifications(written), annexes);
    }

    /// <summary>
    /// 6. Suivi et fidélisation over the document's period, or null when the period has no customer (no confirmed order
    /// dated in it): the customers of the period in A/B/C classes by their CA of the period, and the loyalty figures.
    /// </summary>
    public async Task<SynthesisLoyalty?> LoyaltyAsync(Synthesis s, CancellationToken ct)
    {
        var workspaceId = s.WorkspaceId;
        var orders = await db.Orders.ConfirmedSales().Where(o => o.WorkspaceId == workspaceId && o.OrderDate != null)
            .Select(o => new CustomerOrder(o.ProspectId, o.OrderDate!.Value, o.NetExclVat)).ToListAsync(ct);
        var inPeriod = orders.Where(o => o.Date >= s.PeriodFrom && o.Date <= s.PeriodTo).ToList();
        if (inPeriod.Count == 0)
        {
            return null;
        }
        var scores = await db.LoyaltyActions.Where(a => a.WorkspaceId == workspaceId && a.Satisfaction != null && a.DoneOn >= s.PeriodFrom && a.DoneOn <= s.PeriodTo)
            .Select(a => a.Satisfaction!.Value).ToListAsync(ct);
        var figures = LoyaltyFigures.Compute(orders, scores, s.PeriodFrom, s.PeriodTo);
        var segments = CustomerSegmentation.Classify(inPeriod.GroupBy(o => o.ProspectId).Select(g => (g.Key, g.Sum(o => o.NetExclVat))));
        var total = segments.Sum(c => c.Revenue);
        var abc = new[] { CustomerClass.A, CustomerClass.B, CustomerClass.C }.Select(c =>
        {
            var revenue = segments.Where(x => x.Class == c).Sum(x => x.Revenue);
            return new SynthesisAbcLine(c.ToString(), segments.Count(x => x.Class == c), revenue, total == 0 ? 0 : revenue / total);
        }).ToList();
        return new SynthesisLoyalty(figures.Clients, figures.Orders, figures.Revenue, abc, figures.Repurchase, figures.Frequency, figures.AverageBasket, figures.Satisfaction, figures.Retention);
    }

    /// <summary>
    /// The open reminders of the covered operations and of their prospects (the target list), each proposed as a row of
    /// the rétroagir table with its due date (Paris day) and a follow-up indicator; those already in <paramref name="rows"/>
    /// (same reminder) are left out.
    /// </summary>
    public async Task<List<SynthesisAction>> FromOpenRemindersAsync(Synthesis s, IReadOnlyCollection<SynthesisAction> rows, CancellationToken ct)
    {
        var ids = s.Operations.ToList();
        var workspaceId = s.WorkspaceId;
        var prospects = db.OperationTargets.Where(t => ids.Contains(t.OperationId) && !t.Excluded).Select(t => (int?)t.ProspectId);
        var open = await db.Reminders.AsNoTracking()
            .Where(r => r.WorkspaceId == workspaceId && r.Status == ReminderStatus.Open
                && ((r.OperationId != null && ids.Contains(r.OperationId.Value)) || (r.ProspectId != null && prospects.Contains(r.ProspectId))))
            .OrderBy(r => r.DueAtUtc).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Kind, r.Title, r.DueAtUtc }).ToListAsync(ct);
        var taken = rows.Where(r => r.ReminderId is not null).Select(r => r.ReminderId!.Value).ToHashSet();
        return open.Where(r => !taken.Contains(r.Id))
            .Select(r => new SynthesisAction("", "", r.Title, ParisTime.Day(r.DueAtUtc), IndicatorOf(r.Kind), r.Id)).ToList();
    }

    /// <summary>How the student will see that a reminder's action was done (a suggestion, to be edited).</summary>
    public static string IndicatorOf(ReminderKind kind) => kind switch
    {
        ReminderKind.CallBack => "Rappel passé : RDV obtenu ou refus noté",
        ReminderKind.AppointmentTomorrow => "RDV tenu et compte rendu écrit",
        ReminderKind.NoAnswerAfterMailing => "Réponse obtenue ou relance notée",
        ReminderKind.VisitFollowUp => "Suite de visite faite (devis, commande)",
        ReminderKind.QuoteNoAnswer => "Devis accepté ou refusé",
        ReminderKind.DeliveryCheck => "Livraison confirmée par le client",
        ReminderKind.Installation => "Mise en service faite",
        ReminderKind.PaymentDue or ReminderKind.PaymentOverdue => "Paiement encaissé",
        ReminderKind.SatisfactionCall => "Note de satisfaction recueillie",
        ReminderKind.PeriodicContact or ReminderKind.LoyaltyAction => "Contact noté dans l'historique",
        ReminderKind.DataRetention => "Fiche mise à jour ou effacée",
        _ => "Relance faite et notée",
    };
}
