using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>
/// The marge de manœuvre of a played visit (DOMAIN.md, négociation): the discount the seller proposes on a catalogue line
/// may not exceed the most the scenario allows (the product's maximum discount and the scenario's, the lower), so the
/// net price never falls under the prix plancher (catalogue price less that maximum, to the cent), nor under the purchase
/// cost (revente à perte). Prices HT, rounded to the cent half away from zero.
/// </summary>
public static class VisitNegotiation
{
    /// <summary>The net unit price HT of a catalogue price after a discount rate (0.08 = 8 %).</summary>
    public static decimal NetPrice(decimal price, decimal rate) => Money.Cents(price * (1 - rate));

    /// <summary>The prix plancher: the catalogue price less the maximum discount.</summary>
    public static decimal Floor(decimal price, decimal maxRate) => Money.Cents(price * (1 - maxRate));

    /// <summary>Why the proposal is refused, in French, or null when it stays within the marge de manœuvre.</summary>
    public static string? Refusal(string designation, decimal price, decimal purchaseCost, decimal maxRate, decimal rate)
    {
        var net = NetPrice(price, rate);
        var floor = Floor(price, maxRate);
        if (net < floor)
        {
            return $"Remise refusée : {FrenchNumbers.Percent(rate)} sur « {designation} » donne un prix net de {FrenchNumbers.Money(net)} HT, "
                + $"sous le prix plancher de {FrenchNumbers.Money(floor)} HT (remise maximale {FrenchNumbers.Percent(maxRate)}). Restez dans la marge de manœuvre ou demandez une contrepartie.";
        }
        if (net < purchaseCost)
        {
            return $"Remise refusée : le prix net de {FrenchNumbers.Money(net)} HT sur « {designation} » est sous le coût d'achat de {FrenchNumbers.Money(purchaseCost)} HT : la revente à perte est interdite.";
        }
        return null;
    }
}
