using ClasseCRM.Web.Domain.Orders;

namespace ClasseCRM.UnitTests.Domain.Orders;

public sealed class PaymentTermsAndWorkflowTests
{
    [Theory]
    [InlineData(0, false, "2026-11-27", "2026-11-27")]
    [InlineData(30, false, "2026-11-27", "2026-12-27")]
    [InlineData(60, false, "2026-12-31", "2027-03-01")]
    [InlineData(45, true, "2026-11-27", "2027-01-31")]   // 27/11 + 45 days = 11/01, end of that month
    [InlineData(45, true, "2027-01-15", "2027-03-31")]   // 15/01 + 45 days = 01/03, end of March
    public void DueDate(int days, bool endOfMonth, string invoice, string expected)
    {
        var due = new PaymentTerms(days, endOfMonth).DueDate(DateOnly.Parse(invoice, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void Labels()
    {
        Assert.Equal("Comptant", new PaymentTerms(0, false).Label);
        Assert.Equal("45 jours fin de mois", new PaymentTerms(45, true).Label);
        Assert.Equal("30 jours date de facture", new PaymentTerms(30, false).Label);
    }

    [Fact]
    public void Workflow_TheFrenchOrderOfSteps()
    {
        Assert.Null(OrderWorkflow.Refusal(OrderStatus.QuoteSent, OrderStatus.Accepted));
        Assert.Null(OrderWorkflow.Refusal(OrderStatus.Accepted, OrderStatus.Confirmed));
        Assert.Null(OrderWorkflow.Refusal(OrderStatus.Delivered, OrderStatus.Invoiced));   // no installation needed
        Assert.Null(OrderWorkflow.Refusal(OrderStatus.Installed, OrderStatus.Invoiced));
        Assert.Equal("Passage impossible de « Devis envoyé » à « Livrée ».", OrderWorkflow.Refusal(OrderStatus.QuoteSent, OrderStatus.Delivered));
        Assert.NotNull(OrderWorkflow.Refusal(OrderStatus.Delivered, OrderStatus.Cancelled));   // delivered: a claim, not a cancellation
        Assert.NotNull(OrderWorkflow.Refusal(OrderStatus.Paid, OrderStatus.Invoiced));
        Assert.Null(OrderWorkflow.Refusal(OrderStatus.Invoiced, OrderStatus.Cancelled));   // cancelled or returned after invoicing: an avoir
        Assert.Null(OrderWorkflow.Refusal(OrderStatus.Paid, OrderStatus.Cancelled));
        Assert.Empty(OrderWorkflow.NextSteps(OrderStatus.Cancelled));
        Assert.False(OrderWorkflow.IsEditable(OrderStatus.Delivered));
    }
}
