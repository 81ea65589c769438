using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Domain.Loyalty;

public enum CustomerClass
{
    A = 0,
    B = 1,
    C = 2,
}

/// <summary>A customer in the Pareto table: rank, CA HT, share, cumulative share and class.</summary>
public sealed record SegmentedCustomer(int ProspectId, int Rank, decimal Revenue, decimal Share, decimal CumulativeShare, CustomerClass Class);

/// <summary>
/// ABC segmentation by CA (Pareto): customers sorted by CA HT, largest first; class A holds the customers that make
/// the first 80 % of the CA (the one that crosses 80 % included), class B the next ones up to 95 %, class C the rest.
/// Shares are rates (0.25 = 25 %); customers with the same CA keep the order of their ids.
/// </summary>
public static class CustomerSegmentation
{
    public const decimal LimitA = 0.80m;
    public const decimal LimitB = 0.95m;

    public static IReadOnlyList<SegmentedCustomer> Classify(IEnumerable<(int ProspectId, decimal Revenue)> customers)
    {
        var sorted = customers.OrderByDescending(c => c.Revenue).ThenBy(c => c.ProspectId).ToList();
        var total = sorted.Sum(c => c.Revenue);
        var result = new List<SegmentedCustomer>();
        var cumulative = 0m;
        foreach (var (c, i) in sorted.Select((c, i) => (c, i)))
        {
            var before = cumulative;
            cumulative += c.Revenue;
            var share = total == 0 ? 0 : c.Revenue / total;
            var cumulativeShare = total == 0 ? 0 : cumulative / total;
            var beforeShare = total == 0 ? 0 : before / total;
            var cls = beforeShare < LimitA ? CustomerClass.A : beforeShare < LimitB ? CustomerClass.B : CustomerClass.C;
            result.Add(new SegmentedCustomer(c.ProspectId, i + 1, c.Revenue, share, cumulativeShare, total == 0 ? CustomerClass.C : cls));
        }
        return result;
    }
}

/// <summary>An order as the loyalty figures need it.</summary>
public sealed record CustomerOrder(int ProspectId, DateOnly Date, decimal NetExclVat);

/// <summary>
/// The loyalty figures of DOMAIN.md over a period: clients (at least one order in the period), réachat (clients with
/// 2 orders or more ÷ clients), fréquence d'achat (orders ÷ clients), panier moyen (CA ÷ orders), satisfaction
/// (satisfied, 4 or 5 out of 5, ÷ respondents) and rétention (clients of the previous period of the same length who
/// ordered again in this one ÷ clients of the previous period).
/// </summary>
public sealed record LoyaltyFigures(int Clients, int Orders, decimal Revenue, Ratio Repurchase, decimal? Frequency, decimal? AverageBasket, Ratio Satisfaction, Ratio Retention, int PreviousClients)
{
    public static LoyaltyFigures Compute(IReadOnlyList<CustomerOrder> orders, IEnumerable<int> satisfactionScores, DateOnly from, DateOnly to)
    {
        var length = to.DayNumber - from.DayNumber + 1;
        var previousFrom = from.AddDays(-length);
        var inPeriod = orders.Where(o => o.Date >= from && o.Date <= to).ToList();
        var clients = inPeriod.GroupBy(o => o.ProspectId).ToList();
        var repeat = clients.Count(g => g.Count() >= 2);
        var previous = orders.Where(o => o.Date >= previousFrom && o.Date < from).Select(o => o.ProspectId).ToHashSet();
        var kept = previous.Count(id => clients.Any(g => g.Key == id));
        var scores = satisfactionScores.ToList();
        var revenue = inPeriod.Sum(o => o.NetExclVat);
        return new LoyaltyFigures(
            clients.Count,
            inPeriod.Count,
            revenue,
            new Ratio("Taux de réachat", "clients ayant commandé au moins 2 fois ÷ clients", repeat, clients.Count),
            clients.Count == 0 ? null : Math.Round((decimal)inPeriod.Count / clients.Count, 2, MidpointRounding.AwayFromZero),
            Money.AverageBasket(revenue, inPeriod.Count),
            new Ratio("Taux de satisfaction", "clients satisfaits (4 ou 5 sur 5) ÷ clients interrogés", scores.Count(s => s >= 4), scores.Count),
            new Ratio("Taux de rétention", "clients de la période précédente qui ont recommandé ÷ clients de la période précédente", kept, previous.Count),
            previous.Count);
    }
}
