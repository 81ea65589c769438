using ClasseCRM.Web.Domain.Orders;

namespace ClasseCRM.UnitTests.Domain.Orders;

public sealed class NegotiationRoomTests
{
    private static NegotiatedLine Copier(decimal price, decimal lineDiscount) =>
        new("Copieur A4", new LineInput(1, price, lineDiscount, 0.20m, 980m), 1490m, 0.10m);

    [Fact]
    public void DiscountWithinTheLimit_IsAccepted()
    {
        Assert.Empty(NegotiationRoom.Breaches([Copier(1490m, 0.10m)], new DocumentDiscounts(), 0.15m, new PaymentTerms(30, false), businessClient: true));
    }

    [Fact]
    public void LineAndDocumentDiscountsTogether_BeyondTheLimit_NameTheFloorPrice()
    {
        // 10 % on the line then 2 % of remise: 1 490 × 0,9 × 0,98 = 1 314,18 < floor 1 341,00.
        var breach = Assert.Single(NegotiationRoom.Breaches([Copier(1490m, 0.10m)], new DocumentDiscounts(Remise: 0.02m), 0.15m, new PaymentTerms(0, false), true));

        Assert.Contains("prix net de 1\u00A0314,18\u00A0€", breach);
        Assert.Contains("sous le prix plancher de 1\u00A0341,00\u00A0€ (remise maximale 10,0\u202F%)", breach);
    }

    [Fact]
    public void ScenarioLimitLowerThanTheProduct_Applies()
    {
        Assert.Contains("remise maximale 8,0", Assert.Single(NegotiationRoom.Breaches([Copier(1490m, 0.09m)], new DocumentDiscounts(), 0.08m, new PaymentTerms(0, false), true)));
    }

    [Fact]
    public void TypedPriceUnderTheFloor_IsADiscountToo_AndUnderCostIsResaleAtALoss()
    {
        var breaches = NegotiationRoom.Breaches([Copier(950m, 0)], new DocumentDiscounts(), 0.5m, new PaymentTerms(0, false), true);

        Assert.Equal(2, breaches.Count);
        Assert.Contains("revente à perte", breaches[1]);
    }

    [Theory]
    [InlineData(60, false, true)]
    [InlineData(61, false, false)]
    [InlineData(45, true, true)]
    [InlineData(46, true, false)]
    public void LegalPaymentTerms_ForBusinessClients(int days, bool endOfMonth, bool allowed)
    {
        var breaches = NegotiationRoom.Breaches([], new DocumentDiscounts(), 0.1m, new PaymentTerms(days, endOfMonth), businessClient: true);

        Assert.Equal(allowed, breaches.Count == 0);
        if (!allowed)
        {
            Assert.Contains(endOfMonth ? "45 jours fin de mois" : "60 jours à compter de la date de facture", breaches[0]);
        }
    }

    [Fact]
    public void LongTermsForAnIndividual_AreNotTheBusinessRule()
    {
        Assert.Empty(NegotiationRoom.Breaches([], new DocumentDiscounts(), 0.1m, new PaymentTerms(90, false), businessClient: false));
    }
}
