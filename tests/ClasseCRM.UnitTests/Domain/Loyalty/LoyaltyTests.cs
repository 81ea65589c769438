using ClasseCRM.Web.Domain.Loyalty;

namespace ClasseCRM.UnitTests.Domain.Loyalty;

public sealed class LoyaltyTests
{
    [Fact]
    public void Pareto_AUpTo80_BUpTo95_CTheRest()
    {
        var table = CustomerSegmentation.Classify([(6, 200m), (3, 1000m), (1, 5000m), (5, 300m), (2, 3000m), (4, 500m)]);

        Assert.Equal([1, 2, 3, 4, 5, 6], table.Select(c => c.ProspectId));
        Assert.Equal([CustomerClass.A, CustomerClass.A, CustomerClass.B, CustomerClass.B, CustomerClass.C, CustomerClass.C], table.Select(c => c.Class));
        Assert.Equal(0.8m, table[1].CumulativeShare);   // 5 000 + 3 000 = 80 % exactly: the next one is B
        Assert.Equal(0.05m, table[3].Share);
    }

    [Fact]
    public void Pareto_TheCustomerCrossing80_IsA()
    {
        var table = CustomerSegmentation.Classify([(1, 70m), (2, 20m), (3, 10m)]);

        Assert.Equal([CustomerClass.A, CustomerClass.A, CustomerClass.B], table.Select(c => c.Class));
    }

    [Fact]
    public void Figures_OverAPeriod_ByHand()
    {
        var from = new DateOnly(2026, 10, 1);
        var to = new DateOnly(2026, 10, 31);       // previous period: 31 days before, 31/08 → 30/09
        CustomerOrder[] orders =
        [
            new(1, new DateOnly(2026, 9, 10), 100m),   // previous period: clients 1 and 2
            new(2, new DateOnly(2026, 9, 20), 200m),
            new(1, new DateOnly(2026, 10, 2), 300m),   // this period: 1 (twice), 3
            new(1, new DateOnly(2026, 10, 20), 150m),
            new(3, new DateOnly(2026, 10, 31), 51m),
            new(3, new DateOnly(2026, 11, 1), 999m),   // after the period
        ];

        var f = LoyaltyFigures.Compute(orders, [5, 4, 2], from, to);

        Assert.Equal((2, 3, 501m), (f.Clients, f.Orders, f.Revenue));
        Assert.Equal(50.0m, f.Repurchase.Percent);     // 1 of 2 clients ordered twice
        Assert.Equal(1.5m, f.Frequency);               // 3 orders ÷ 2 clients
        Assert.Equal(167.00m, f.AverageBasket);        // 501 ÷ 3
        Assert.Equal(66.7m, f.Satisfaction.Percent);   // 2 satisfied of 3
        Assert.Equal(50.0m, f.Retention.Percent);      // of 1 and 2, only 1 ordered again
    }

    [Fact]
    public void Figures_NoOrder_ShowNoValue()
    {
        var f = LoyaltyFigures.Compute([], [], new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

        Assert.Null(f.Repurchase.Percent);
        Assert.Null(f.Frequency);
        Assert.Null(f.Satisfaction.Percent);
        Assert.Null(f.Retention.Percent);
    }
}
