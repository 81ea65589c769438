using ClasseCRM.Web.Domain.Orders;

namespace ClasseCRM.UnitTests.Domain.Orders;

/// <summary>Every figure below was computed by hand (and checked with decimal arithmetic, half away from zero).</summary>
public sealed class OrderMathTests
{
    private static readonly LineInput[] Lines =
    [
        new(3, 0.333m, 0, 0.20m, 0.20m),        // 3 × 0,333 = 0,999 → 1,00
        new(2, 1490m, 0.10m, 0.20m, 980m),      // 2 980,00 − 10 % = 2 682,00
        new(5, 12.35m, 0, 0.055m, 8m),          // 61,75
        new(1, 99.99m, 0.05m, 0.10m, 60m),      // 94,9905 → 94,99
    ];

    private static readonly DocumentDiscounts Discounts = new(Remise: 0.05m, Rabais: 0.02m, Ristourne: 0.01m, Escompte: 0.02m);

    [Fact]
    public void Lines_EachRoundedToTheCent()
    {
        var f = OrderMath.Compute(Lines, new DocumentDiscounts());

        Assert.Equal([1.00m, 2682.00m, 61.75m, 94.99m], f.Lines.Select(l => l.Net));
        Assert.Equal(298.00m, f.Lines[1].Discount);
        Assert.Equal(2839.74m, f.NetExclVat);
    }

    [Fact]
    public void DiscountsInSequence_PerVatRate_ThenVat()
    {
        var f = OrderMath.Compute(Lines, Discounts);

        var twenty = f.Bases.Single(b => b.Rate == 0.20m);
        Assert.Equal(new VatBase(0.20m, 2683.00m, 134.15m, 50.98m, 24.98m, 2472.89m, 49.46m, 2423.43m, 484.69m), twenty);
        Assert.Equal(new VatBase(0.10m, 94.99m, 4.75m, 1.80m, 0.88m, 87.56m, 1.75m, 85.81m, 8.58m), f.Bases.Single(b => b.Rate == 0.10m));
        Assert.Equal(new VatBase(0.055m, 61.75m, 3.09m, 1.17m, 0.57m, 56.92m, 1.14m, 55.78m, 3.07m), f.Bases.Single(b => b.Rate == 0.055m));
        Assert.Equal([0.20m, 0.10m, 0.055m], f.Bases.Select(b => b.Rate));
        Assert.Equal(2839.74m, f.LinesTotal);
        Assert.Equal(2617.37m, f.NetCommercial);
        Assert.Equal(2565.02m, f.NetExclVat);
        Assert.Equal(496.34m, f.Vat);
        Assert.Equal(3061.36m, f.TotalInclVat);
    }

    [Fact]
    public void Margin_IsNetCommercialLessCost_WithBothRates()
    {
        var f = OrderMath.Compute(Lines, Discounts);

        Assert.Equal(0.60m + 1960m + 40m + 60m, f.Cost);
        Assert.Equal(2617.37m - 2060.60m, f.Margin);
        var copier = f.Lines[1];                         // 2 682,00 sold, 1 960,00 bought
        Assert.Equal(722.00m, copier.Margin);
        Assert.Equal(36.8m, copier.MarkupRate.Percent);  // 722 ÷ 1 960 = 36,84 %
        Assert.Equal(26.9m, copier.MarginRate.Percent);  // 722 ÷ 2 682 = 26,92 %
    }

    [Fact]
    public void HalfCent_RoundsAwayFromZero()
    {
        // 1 × 0,125 € at 20 %: VAT 0,025 → 0,03 (half away from zero), not 0,02 (banker's rounding).
        var f = OrderMath.Compute([new(1, 0.125m, 0, 0.20m, 0)], new DocumentDiscounts());

        Assert.Equal(0.13m, f.NetExclVat);
        Assert.Equal(0.03m, f.Vat);
    }

    [Fact]
    public void NetUnitPrice_AppliesEveryCommercialDiscountButNotTheEscompte()
    {
        var net = OrderMath.NetUnitPrice(new LineInput(1, 100m, 0.10m, 0.20m, 0), new DocumentDiscounts(0.05m, 0, 0, 0.02m));

        Assert.Equal(85.5m, net);
    }
}
