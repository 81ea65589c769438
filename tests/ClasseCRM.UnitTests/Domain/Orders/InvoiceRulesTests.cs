using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;

namespace ClasseCRM.UnitTests.Domain.Orders;

public sealed class InvoiceRulesTests
{
    private static (Order Order, Scenario Seller, Prospect Client) Sale()
    {
        var order = new Order
        {
            Id = 7,
            WorkspaceId = 3,
            OrderNumber = "BC-2026-0004",
            PaymentTermDays = 30,
            RemiseRate = 0.02m,
            DeliveredOn = new DateOnly(2026, 11, 25),
            DeliveryAddress = "Entrepôt, 4 rue du Port, 35400 Saint-Malo",
            Lines =
            [
                new OrderLine { ProductId = 1, Reference = "CPR", Designation = "Copieur", Quantity = 1, UnitPriceExclVat = 1490m, VatRate = 0.20m, Position = 1 },
                new OrderLine { ProductId = 2, Reference = "MNT", Designation = "Maintenance", Quantity = 1, UnitPriceExclVat = 390m, DiscountRate = 0.10m, VatRate = 0.20m, Position = 2 },
            ],
        };
        var seller = new Scenario { CompanyName = "Bureau Ouest", LegalForm = "SAS au capital de 150 000 €", Siren = "812345676", Siret = "81234567600017", Street = "12 rue", PostalCode = "35000", City = "Rennes", RcsCity = "Rennes", VatOnDebits = true };
        var client = new Prospect { Name = "Boulangerie Le Goff", Kind = ProspectKind.Organisation, Siret = "52398761800015", Street = "1 place", PostalCode = "35000", City = "Rennes" };
        return (order, seller, client);
    }

    [Fact]
    public void InvoiceOf_FreezesSellerClientNatureAndAmounts()
    {
        var (order, seller, client) = Sale();

        var invoice = InvoiceRules.InvoiceOf(order, seller, client, id => id == 2, "FA-2026-0001", new DateOnly(2026, 11, 29), DateTime.UnixEpoch);

        Assert.Equal(("FA-2026-0001", "BC-2026-0004", new DateOnly(2026, 12, 29)), (invoice.Number, invoice.OrderNumber, invoice.DueOn!.Value));
        Assert.Equal(("81234567600017", "FR19812345676", true), (invoice.SellerSiret, invoice.SellerVatNumber, invoice.VatOnDebits));
        Assert.Equal(("523987618", true), (invoice.ClientSiren, invoice.BusinessClient));
        Assert.Equal("Entrepôt, 4 rue du Port, 35400 Saint-Malo", invoice.DeliveryAddress);
        Assert.Equal(OperationNature.GoodsAndServices, invoice.Nature);
        // 1 490,00 + 351,00 = 1 841,00; remise 2 % = 36,82; net 1 804,18; TVA 20 % = 360,84; TTC 2 165,02.
        Assert.Equal((1841.00m, 36.82m, 1804.18m, 360.84m, 2165.02m), (invoice.LinesTotal, invoice.Remise, invoice.NetExclVat, invoice.VatTotal, invoice.TotalInclVat));
        Assert.Equal(351.00m, invoice.Lines[1].NetExclVat);
        Assert.Single(invoice.VatLines);
    }

    [Fact]
    public void CreditNoteOf_NegatesEveryAmount_AndRefersToTheInvoice()
    {
        var (order, seller, client) = Sale();
        var invoice = InvoiceRules.InvoiceOf(order, seller, client, _ => false, "FA-2026-0001", new DateOnly(2026, 11, 29), DateTime.UnixEpoch);

        var credit = InvoiceRules.CreditNoteOf(invoice, "AV-2026-0001", new DateOnly(2026, 12, 2), "Retour", DateTime.UnixEpoch);

        Assert.Equal((InvoiceKind.CreditNote, "FA-2026-0001", (DateOnly?)null), (credit.Kind, credit.CreditedInvoiceNumber, credit.DueOn));
        Assert.Equal((-invoice.NetExclVat, -invoice.VatTotal, -invoice.TotalInclVat, -invoice.Remise), (credit.NetExclVat, credit.VatTotal, credit.TotalInclVat, credit.Remise));
        Assert.Equal(invoice.Lines.Select(l => -l.NetExclVat), credit.Lines.Select(l => l.NetExclVat));
        Assert.Equal(invoice.Lines.Select(l => -l.Quantity), credit.Lines.Select(l => l.Quantity));
        Assert.Equal(invoice.VatLines.Select(v => -v.Vat), credit.VatLines.Select(v => v.Vat));
    }

    [Fact]
    public void IndividualClient_NoSiren_SameDeliveryAddressNotRepeated()
    {
        var (order, seller, _) = Sale();
        var individual = new Prospect { Name = "Durand Sophie", Kind = ProspectKind.Individual, Street = "3 rue des Lilas", PostalCode = "35000", City = "Rennes" };
        order.DeliveryAddress = "3 rue des lilas 35000 Rennes";

        var invoice = InvoiceRules.InvoiceOf(order, seller, individual, _ => false, "FA-2026-0002", new DateOnly(2026, 11, 29), DateTime.UnixEpoch);

        Assert.Null(invoice.ClientSiren);
        Assert.False(invoice.BusinessClient);
        Assert.Null(invoice.DeliveryAddress);
        Assert.Equal(OperationNature.Goods, invoice.Nature);
    }

    [Theory]
    [InlineData(30, false, "Paiement à 30 jours date de facture, échéance le 29/12/2026")]
    [InlineData(45, true, "Paiement à 45 jours fin de mois, échéance le 29/12/2026")]
    [InlineData(0, false, "Paiement comptant, échéance le 29/12/2026")]
    public void InvoiceSentence_TheTermsWrittenOnce(int days, bool endOfMonth, string expected) =>
        Assert.Equal(expected, new PaymentTerms(days, endOfMonth).InvoiceSentence(new DateOnly(2026, 12, 29)));

    [Fact]
    public void Nature_GoodsServicesOrBoth()
    {
        Assert.Equal(OperationNature.Goods, InvoiceRules.NatureOf([false, false]));
        Assert.Equal(OperationNature.Services, InvoiceRules.NatureOf([true]));
        Assert.Equal(OperationNature.GoodsAndServices, InvoiceRules.NatureOf([true, false]));
        Assert.Equal("livraison de biens et prestation de services", InvoiceRules.Label(OperationNature.GoodsAndServices));
    }
}
