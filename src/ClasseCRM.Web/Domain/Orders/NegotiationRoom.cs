
namespace ClasseCRM.Web.Domain.Orders;

/// <summary>A line checked against the catalogue: what the student typed, and the limits of the negotiation room.</summary>
public sealed record NegotiatedLine(string Designation, LineInput Input, decimal CataloguePrice, decimal MaxDiscountRate);

/// <summary>
/// The marge de manœuvre (DOMAIN.md): a discount beyond the limit (the product's, and the scenario's for the whole
/// document), a net price under the floor price (catalogue price less the maximum discount) or under the purchase cost,
/// and payment terms beyond the legal limits for a business client are refused — each with a French message naming the
/// limit — unless the teacher recorded an exception for the order ("accord du responsable").
/// </summary>
public static class NegotiationRoom
{
    public static IReadOnlyList<string> Breaches(IReadOnlyList<NegotiatedLine> lines, DocumentDiscounts d, decimal scenarioMaxDiscount, PaymentTerms terms, bool businessClient)
    {
        var breaches = new List<string>();
        foreach (var line in lines)
        {
            var max = Math.Min(line.MaxDiscountRate, scenarioMaxDiscount);
            var floor = Figures.Money.Cents(line.CataloguePrice * (1 - max));
            var net = OrderMath.NetUnitPrice(line.Input, d);
            var discount = line.CataloguePrice == 0 ? 0 : 1 - net / line.CataloguePrice;
            if (Figures.Money.Cents(net) < floor)
            {
                breaches.Add($"« {line.Designation} » : remise totale de {FrenchNumbers.Percent(discount)} et prix net de {FrenchNumbers.Money(Figures.Money.Cents(net))}, "
                    + $"sous le prix plancher de {FrenchNumbers.Money(floor)} (remise maximale {FrenchNumbers.Percent(max)}).");
            }
            if (Figures.Money.Cents(net) < line.Input.UnitCost)
            {
                breaches.Add($"« {line.Designation} » : prix net de {FrenchNumbers.Money(Figures.Money.Cents(net))} sous le coût d'achat de {FrenchNumbers.Money(line.Input.UnitCost)} : la revente à perte est interdite.");
            }
        }
        if (businessClient && terms.BusinessLimitBreach() is { } terms2)
        {
            breaches.Add(terms2);
        }
        return breaches;
    }
}
