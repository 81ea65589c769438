using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Demo;

/// <summary>
/// The demo's orders tell one story: an order delivered was expected on or before its delivery (its invoice does not
/// announce a delivery after it), and a client with no order in the file says why on its card.
/// </summary>
public sealed class DemoOrderDatesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task DeliveredOrders_WereExpectedOnOrBeforeTheirDelivery()
    {
        var delivered = await app.WithDbAsync(db => db.Orders.IgnoreQueryFilters().Where(o => o.DeliveredOn != null)
            .Select(o => new { o.Number, o.ExpectedDeliveryOn, o.DeliveredOn, o.InvoicedOn }).ToListAsync());

        Assert.NotEmpty(delivered);
        Assert.All(delivered, o => Assert.True(o.ExpectedDeliveryOn is null || o.ExpectedDeliveryOn <= o.DeliveredOn,
            $"{o.Number} livrée le {o.DeliveredOn:dd/MM/yyyy}, prévue le {o.ExpectedDeliveryOn:dd/MM/yyyy}"));
        Assert.All(delivered.Where(o => o.InvoicedOn is not null), o => Assert.True(o.DeliveredOn <= o.InvoicedOn, o.Number));
    }

    [Fact]
    public async Task ClientWithoutOrderInTheFile_CardSaysItWasAlreadyAClient()
    {
        var ws = await app.WorkspaceOfAsync("eleve1");
        var client = await app.WithDbAsync(db => db.Prospects.IgnoreQueryFilters()
            .Where(p => p.WorkspaceId == ws && p.Status == ProspectStatus.Client && !db.Orders.IgnoreQueryFilters().Any(o => o.ProspectId == p.Id))
            .Select(p => p.Id).FirstAsync());

        var page = await (await app.AsAsync("eleve1")).GetDocumentAsync($"/prospects/{client}");

        Assert.Contains("Aucun devis ni commande enregistré ici : ce client l'était déjà quand le fichier a été remis", page.Text());
        // A prospect without order keeps the short sentence.
        var prospect = await app.WithDbAsync(db => db.Prospects.IgnoreQueryFilters()
            .Where(p => p.WorkspaceId == ws && p.Status == ProspectStatus.Suspect && !db.Orders.IgnoreQueryFilters().Any(o => o.ProspectId == p.Id))
            .Select(p => p.Id).FirstAsync());
        Assert.Contains("Aucun devis ni commande.", (await (await app.AsAsync("eleve1")).GetDocumentAsync($"/prospects/{prospect}")).Text());
    }
}
