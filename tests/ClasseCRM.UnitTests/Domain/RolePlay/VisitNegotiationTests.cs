using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.UnitTests.Domain.RolePlay;

public sealed class VisitNegotiationTests
{
    [Fact]
    public void Refusal_AtTheMaximumDiscount_IsNone_TheNetPriceIsTheFloor()
    {
        Assert.Null(VisitNegotiation.Refusal("Copieur A3", 1999.99m, 1200m, 0.10m, 0.10m));
        Assert.Equal(1799.99m, VisitNegotiation.NetPrice(1999.99m, 0.10m));   // 1 799,991 → 1 799,99
        Assert.Equal(VisitNegotiation.Floor(1999.99m, 0.10m), VisitNegotiation.NetPrice(1999.99m, 0.10m));
    }

    [Fact]
    public void Refusal_BeyondTheMaximumDiscount_NamesTheFloorAndTheMaximum()
    {
        var refusal = VisitNegotiation.Refusal("Copieur A3", 2000m, 1200m, 0.10m, 0.15m);
        Assert.NotNull(refusal);
        Assert.Contains("1\u00A0700,00\u00A0€", refusal, StringComparison.Ordinal);   // net price
        Assert.Contains("prix plancher de 1\u00A0800,00\u00A0€", refusal, StringComparison.Ordinal);
        Assert.Contains("remise maximale 10,0\u202F%", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_UnderThePurchaseCost_IsRefusedEvenWithinTheMaximum()
    {
        var refusal = VisitNegotiation.Refusal("Forfait installation", 100m, 95m, 0.10m, 0.08m);
        Assert.NotNull(refusal);
        Assert.Contains("revente à perte", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void NetPrice_RoundsHalfAwayFromZeroToTheCent()
    {
        Assert.Equal(0.13m, VisitNegotiation.NetPrice(0.25m, 0.50m));   // 0,125 → 0,13
    }
}
