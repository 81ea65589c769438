using ClasseCRM.BrowserTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>A student writes a quote, turns it into an order and follows it to payment, in the browser.</summary>
public sealed class OrderFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task ClickAsync(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [Fact]
    public async Task Student_FromQuoteToPaidOrder()
    {
        var page = await browser.SignInAsync("eleve11");
        await page.GetByRole(AriaRole.Link, new() { Name = "Commandes", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau devis" }).ClickAsync();
        // The client picker searches as one types; the keyboard chooses (arrow down, Entrée).
        var client = await browser.App.WithDbAsync(db => db.Prospects
            .Where(p => db.WorkspaceMembers.Any(m => m.WorkspaceId == p.WorkspaceId && m.Student!.UserName == "eleve11") && !p.IsAnonymised && p.Kind == ClasseCRM.Web.Domain.ProspectKind.Organisation)
            .OrderBy(p => p.Id).Select(p => new { p.Name, p.City }).FirstAsync());
        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "Client" });
        await picker.FillAsync(client.Name);
        await page.WaitForSelectorAsync("#client-options [role=option]");
        await picker.PressAsync("ArrowDown");
        await picker.PressAsync("Enter");
        Assert.Contains(client.Name, await page.Locator("[data-client-chosen]").InnerTextAsync());
        await page.GetByLabel("Produit de la ligne 1").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Quantité ligne 1").FillAsync("2");
        await page.GetByLabel("Remise ligne 1 en %").FillAsync("5");
        await ClickAsync(page, "Enregistrer");
        Assert.Contains("Document enregistré.", await page.Locator("main").InnerTextAsync());
        // Copier A4 at 1 490,00 € − 5 % × 2 = 2 831,00 € HT; VAT 20 % = 566,20 €.
        Assert.Equal("3\u00A0397,20\u00A0€", await page.Locator("#ttc").InnerTextAsync());
        await Axe.AssertNoSeriousViolationsAsync(page);

        await ClickAsync(page, "Envoyer le devis");
        await ClickAsync(page, "Le client accepte le devis");
        await ClickAsync(page, "Transformer en commande");
        Assert.Contains("Bon de commande BC-", await page.Locator("h1").InnerTextAsync());
        await ClickAsync(page, "Livraison effectuée");
        await ClickAsync(page, "Facturer");
        await page.GetByLabel("Montant reçu (€)").FillAsync("3397,20");
        await ClickAsync(page, "Enregistrer le paiement");
        Assert.Equal("Payée", await page.Locator("#statut").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-commande-payee.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Fidélisation", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>
    /// Picking the client of a new quote offers its contacts in « Interlocuteur » (the list was disabled after a pick):
    /// the decision-maker is chosen first, another can be chosen, and the quote names the one chosen.
    /// </summary>
    [Fact]
    public async Task PickingAClient_OffersItsContacts_AndTheQuoteKeepsTheOneChosen()
    {
        var client = await browser.App.WithDbAsync(db => db.Prospects
            .Where(p => db.WorkspaceMembers.Any(m => m.WorkspaceId == p.WorkspaceId && m.Student!.UserName == "eleve10") && !p.IsAnonymised && p.Contacts.Count >= 2)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Name, Contacts = p.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id).Select(c => new { c.Id, c.FirstName, c.LastName }).ToList() })
            .FirstAsync());
        var page = await browser.SignInAsync("eleve10");
        await page.SetViewportSizeAsync(1024, 768);
        await page.GotoAsync(browser.BaseUrl + "/commandes/nouveau?type=devis");
        Assert.False(await page.GetByLabel("Interlocuteur").IsVisibleAsync(), "No client yet: no contact to offer.");

        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "Client" });
        await picker.FillAsync(client.Name);
        await page.Locator("#client-options [role=option]", new() { HasText = client.Name }).First.ClickAsync();
        var contacts = page.GetByLabel("Interlocuteur");
        await Assertions.Expect(contacts).ToBeEnabledAsync();
        var offered = await contacts.Locator("option").AllInnerTextsAsync();
        Assert.Equal(client.Contacts.Select(c => $"{c.FirstName} {c.LastName}"), offered.Select(o => o.Split(',')[0]));
        Assert.Equal($"{client.Contacts[0].Id}", await contacts.InputValueAsync());

        var second = client.Contacts[1];
        await contacts.SelectOptionAsync($"{second.Id}");
        await page.GetByLabel("Produit de la ligne 1").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Quantité ligne 1").FillAsync("1");
        await ClickAsync(page, "Enregistrer");
        Assert.Contains("Document enregistré.", await page.Locator("main").InnerTextAsync());
        var id = int.Parse(page.Url.Split('/').Last().Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(second.Id, await browser.App.WithDbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.ContactId).FirstAsync()));
        Assert.Contains($"{second.FirstName} {second.LastName}", await page.Locator("main").InnerTextAsync());
    }
}
