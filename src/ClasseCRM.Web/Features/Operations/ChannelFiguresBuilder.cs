using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// Turns the counts of a scope into one section per channel (DOMAIN.md « one funnel per channel »): each funnel holds
/// every stage its ratios use; ratios carry the channel in their name; objectives compare with what the channel's own
/// activity reached (contacts and RDV) and with the confirmed orders linked to its operations (commandes, CA); costs are
/// « non saisis » while an operation of the section has none.
/// </summary>
public static class ChannelFiguresBuilder
{
    private static readonly Channel[] Order = Enum.GetValues<Channel>();

    public static string NameOf(Channel channel) => channel switch
    {
        Channel.Phone => "téléphone",
        Channel.Email => "e-mail",
        Channel.Mail => "courrier",
        Channel.Visit => "visites",
    };

    /// <summary>What « contacts » means for a channel's objective: contacts utiles, réponses, visites réalisées.</summary>
    public static string ContactLabelOf(Channel channel) => channel switch
    {
        Channel.Phone => "contacts utiles",
        Channel.Email or Channel.Mail => "réponses",
        Channel.Visit => "visites réalisées",
    };

    public static ActivityFigures Build(ActivityCounts c, RatioVariants variants, string heading)
    {
        var present = Order.Where(ch => c.Operations.Any(o => o.Channel == ch) || HasActivity(c, ch)).ToList();
        var channels = present.Select(ch => Section(c, ch, variants)).ToList();

        var unlinked = c.Orders.Where(o => o.OperationId is null || !c.ChannelOfOperation.ContainsKey(o.OperationId.Value)).ToList();
        var missing = channels.SelectMany(x => x.Costs.MissingFor).ToList();
        var known = channels.Count > 0 && channels.All(x => x.Costs.Known);
        var totalProfit = new ProfitFigures(
            channels.Sum(x => x.Profit.Orders) + unlinked.Sum(o => o.Count),
            channels.Sum(x => x.Profit.Revenue) + unlinked.Sum(o => o.Revenue),
            channels.Sum(x => x.Profit.Margin) + unlinked.Sum(o => o.Margin),
            known ? channels.Sum(x => x.Costs.Total!.Value) : null);
        return new ActivityFigures(heading, channels, new ActivityTotals(totalProfit, missing, unlinked.Sum(o => o.Count), unlinked.Sum(o => o.Revenue)));
    }

    private static bool HasActivity(ActivityCounts c, Channel ch) => ch switch
    {
        Channel.Phone => c.Calls.Values.Any(n => n > 0),
        Channel.Visit => c.Visits.Count > 0,
        Channel.Email or Channel.Mail => c.Sends.Any(s => s.Channel == ch),
    };

    private static ChannelFigures Section(ActivityCounts c, Channel ch, RatioVariants variants)
    {
        var name = NameOf(ch);
        var plans = c.Operations.Where(o => o.Channel == ch).ToList();
        // Each channel's figures live beside its screens: phoning here, mailing and visits in their features.
        var activity = ch switch
        {
            Channel.Phone => PhoneFigures.Activity(c, variants),
            Channel.Visit => Visits.VisitFigures.Activity(c),
            Channel.Email or Channel.Mail => Mailing.MailingFigures.Activity(c, ch, variants),
        };
        var linked = c.Orders.Where(o => o.OperationId is { } id && c.ChannelOfOperation.TryGetValue(id, out var x) && x == ch).ToList();
        var confirmed = linked.Sum(o => o.Count);

        var objectives = new List<ObjectiveResult>
        {
            new(activity.ContactLabel, plans.Sum(o => o.ObjectiveContacts), activity.Contacts),
            new("rendez-vous", plans.Sum(o => o.ObjectiveAppointments), activity.Appointments),
            new("commandes confirmées", plans.Sum(o => o.ObjectiveOrders), confirmed),
            new("CA HT", plans.Sum(o => o.ObjectiveRevenue), linked.Sum(o => o.Revenue), IsMoney: true),
        };

        var lines = c.CostLines.Where(l => plans.Any(p => p.Id == l.OperationId)).ToList();
        var expenses = ch == Channel.Visit ? c.Visits.Where(v => v.Done).ToList() : [];
        // Expenses typed in visit reports are added to the costs, but they alone do not make an operation's costs
        // « saisis »: its own lines (time, travel, file…) must be entered, or its ROI would be computed on a part.
        var missing = plans.Where(p => !lines.Any(l => l.OperationId == p.Id))
            .Select(p => new OperationRef(p.Id, p.Name)).ToList();
        var reported = expenses.Sum(v => v.Expenses);
        var costs = new CostFigures(
            Known: plans.Count > 0 && missing.Count == 0,
            MissingFor: missing,
            Fixed: lines.Where(l => !l.IsVariable).Sum(l => l.Amount),
            Variable: lines.Where(l => l.IsVariable).Sum(l => l.Amount) + reported,
            ReportedExpenses: reported,
            PerContactLabel: activity.CostPerContactLabel,
            Contacts: activity.Contacts,
            Appointments: activity.Appointments,
            ConfirmedOrders: confirmed);
        var profit = new ProfitFigures(confirmed, linked.Sum(o => o.Revenue), linked.Sum(o => o.Margin), costs.Total);
        return new ChannelFigures(ch, name, plans.Select(p => new OperationRef(p.Id, p.Name)).ToList(), activity.Funnel,
            activity.Ratios.Select(r => r with { Name = $"{r.Name} ({name})" }).ToList(),
            objectives, new OrderReconciliation(activity.AnnouncedLabel, activity.Announced, confirmed), costs, profit);
    }
}
