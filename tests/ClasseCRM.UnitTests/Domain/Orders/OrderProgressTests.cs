using ClasseCRM.Web.Domain.Orders;

namespace ClasseCRM.UnitTests.Domain.Orders;

public sealed class OrderProgressTests
{
    private static readonly DateOnly Day = new(2026, 11, 24);

    private static string Bar(Order order) =>
        string.Join(" ", OrderProgress.Steps(order).Select(s => $"{s.Status}:{s.State}{(s.On is { } d ? "@" + d.Day : "")}"));

    [Fact]
    public void Steps_DraftQuote_IsCurrentAndSendingIsNext()
    {
        var quote = new Order { QuoteNumber = "DEV-2026-0001", Status = OrderStatus.Draft };

        Assert.Equal(
            "Draft:Current QuoteSent:Next Accepted:Later Confirmed:Later Delivered:Later Installed:Later Invoiced:Later Paid:Later",
            Bar(quote));
    }

    [Fact]
    public void Steps_OrderWrittenDirectly_HasNoQuoteSteps()
    {
        var order = new Order { OrderNumber = "BC-2026-0001", Status = OrderStatus.Draft };

        Assert.Equal("Draft:Current Confirmed:Next Delivered:Later Installed:Later Invoiced:Later Paid:Later", Bar(order));
    }

    [Fact]
    public void Steps_Delivered_OffersTheMiseEnServiceOrTheInvoice_WithTheDatesReached()
    {
        var order = new Order
        {
            QuoteNumber = "DEV-2026-0001", OrderNumber = "BC-2026-0001", Status = OrderStatus.Delivered,
            QuoteDate = Day, AcceptedOn = Day.AddDays(1), OrderDate = Day.AddDays(2), DeliveredOn = Day.AddDays(3),
        };

        Assert.Equal(
            "Draft:Done QuoteSent:Done@24 Accepted:Done@25 Confirmed:Done@26 Delivered:Current@27 Installed:Next Invoiced:Next Paid:Later",
            Bar(order));
    }

    [Fact]
    public void Steps_InvoicedWithoutMiseEnService_ShowsItSkipped()
    {
        var order = new Order { OrderNumber = "BC-2026-0001", Status = OrderStatus.Invoiced, OrderDate = Day, DeliveredOn = Day, InvoicedOn = Day.AddDays(1) };

        Assert.Equal("Draft:Done Confirmed:Done@24 Delivered:Done@24 Installed:Skipped Invoiced:Current@25 Paid:Next", Bar(order));
    }

    [Fact]
    public void Steps_Cancelled_ShowsWhatWasReachedThenTheCancellation()
    {
        var quote = new Order { QuoteNumber = "DEV-2026-0001", Status = OrderStatus.Cancelled, QuoteDate = Day, CancelledOn = Day.AddDays(5) };

        Assert.Equal(
            "Draft:Done QuoteSent:Done@24 Accepted:NotReached Confirmed:NotReached Delivered:NotReached Installed:NotReached Invoiced:NotReached Paid:NotReached Cancelled:Current@29",
            Bar(quote));
    }
}
