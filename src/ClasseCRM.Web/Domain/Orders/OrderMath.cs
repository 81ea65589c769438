using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Domain.Orders;

/// <summary>A line as the calculation needs it: quantity, unit price HT, line discount, VAT rate and unit purchase cost.</summary>
public sealed record LineInput(decimal Quantity, decimal UnitPrice, decimal DiscountRate, decimal VatRate, decimal UnitCost);

/// <summary>The discounts of the whole document, in the French order: remise, rabais, ristourne (commercial), then escompte (financial).</summary>
public sealed record DocumentDiscounts(decimal Remise = 0, decimal Rabais = 0, decimal Ristourne = 0, decimal Escompte = 0);

/// <summary>
/// One line worked out: gross (quantity × unit price), line discount, net HT, purchase cost, margin, and both rates
/// students mix up: taux de marge (÷ coût d'achat) and taux de marque (÷ prix de vente).
/// </summary>
public sealed record LineFigures(decimal Gross, decimal Discount, decimal Net, decimal Cost, decimal Margin)
{
    public Ratio MarkupRate => new("Taux de marge", "marge ÷ coût d'achat HT", Margin, Cost);

    public Ratio MarginRate => new("Taux de marque", "marge ÷ prix de vente HT", Margin, Net);
}

/// <summary>What one VAT rate's lines come to, step by step down to the VAT.</summary>
public sealed record VatBase(decimal Rate, decimal Lines, decimal Remise, decimal Rabais, decimal Ristourne, decimal NetCommercial, decimal Escompte, decimal NetFinancial, decimal Vat);

/// <summary>The whole document: per line, per VAT rate, and the totals a student can check by hand.</summary>
public sealed record OrderFigures(IReadOnlyList<LineFigures> Lines, IReadOnlyList<VatBase> Bases)
{
    public decimal LinesTotal => Bases.Sum(b => b.Lines);
    public decimal Remise => Bases.Sum(b => b.Remise);
    public decimal Rabais => Bases.Sum(b => b.Rabais);
    public decimal Ristourne => Bases.Sum(b => b.Ristourne);
    public decimal NetCommercial => Bases.Sum(b => b.NetCommercial);
    public decimal Escompte => Bases.Sum(b => b.Escompte);

    /// <summary>Net à payer HT: the base of the VAT.</summary>
    public decimal NetExclVat => Bases.Sum(b => b.NetFinancial);
    public decimal Vat => Bases.Sum(b => b.Vat);
    public decimal TotalInclVat => NetExclVat + Vat;
    public decimal Cost => Lines.Sum(l => l.Cost);

    /// <summary>The order's margin: net commercial HT − purchase cost (the escompte is a financial cost, not a commercial one).</summary>
    public decimal Margin => NetCommercial - Cost;
}

/// <summary>
/// The calculation of a quote or an order, rounded the same way every time:
/// 1. each line: net HT = quantity × unit price × (1 − line discount), rounded to the cent;
/// 2. lines grouped by VAT rate; on each rate's base, in order, remise, rabais, ristourne, then escompte, each amount
///    rounded to the cent and taken off the base;
/// 3. VAT of each rate = rate × that rate's net base, rounded to the cent; TTC = net HT + the VATs.
/// Amounts are rounded half away from zero (0,005 → 0,01). Totals are the sums of the per-rate amounts, so every
/// figure shown adds up exactly.
/// </summary>
public static class OrderMath
{
    public static OrderFigures Compute(IReadOnlyList<LineInput> lines, DocumentDiscounts discounts)
    {
        var figures = lines.Select(Line).ToList();
        var bases = lines.Select((l, i) => (l.VatRate, figures[i].Net))
            .GroupBy(x => x.VatRate)
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var gross = g.Sum(x => x.Net);
                var remise = Money.Cents(gross * discounts.Remise);
                var afterRemise = gross - remise;
                var rabais = Money.Cents(afterRemise * discounts.Rabais);
                var afterRabais = afterRemise - rabais;
                var ristourne = Money.Cents(afterRabais * discounts.Ristourne);
                var netCommercial = afterRabais - ristourne;
                var escompte = Money.Cents(netCommercial * discounts.Escompte);
                var netFinancial = netCommercial - escompte;
                return new VatBase(g.Key, gross, remise, rabais, ristourne, netCommercial, escompte, netFinancial, Money.Cents(netFinancial * g.Key));
            })
            .ToList();
        return new OrderFigures(figures, bases);
    }

    public static LineFigures Line(LineInput l)
    {
        var gross = Money.Cents(l.Quantity * l.UnitPrice);
        var net = Money.Cents(l.Quantity * l.UnitPrice * (1 - l.DiscountRate));
        var cost = Money.Cents(l.Quantity * l.UnitCost);
        return new LineFigures(gross, gross - net, net, cost, net - cost);
    }

    /// <summary>The unit price actually paid once every commercial discount is applied (not the escompte, a financial discount).</summary>
    public static decimal NetUnitPrice(LineInput l, DocumentDiscounts d) =>
        l.UnitPrice * (1 - l.DiscountRate) * (1 - d.Remise) * (1 - d.Rabais) * (1 - d.Ristourne);
}
