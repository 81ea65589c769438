using System.Globalization;
using ClasseCRM.BrowserTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>
/// A visit played in pair in two browsers (1 024 × 768): eleve1 invites eleve2 from a visit of her tour; eleve2 joins and
/// reads the card; eleve2 sees eleve1 tick a phase and propose a price without reloading; eleve1 sees eleve2's conclusion
/// without reloading; the visit's compte rendu carries it, mode « jeu de rôle ».
/// </summary>
public sealed class PairVisitFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PairVisit_ThePartnerSeesTheStepsAndThePriceLive_TheSellerSeesTheConclusionLive()
    {
        // A visit of eleve1's tour without compte rendu.
        var visit = await browser.App.WithDbAsync(db => db.Visits
            .Where(v => v.ReportedAtUtc == null && db.WorkspaceMembers.Any(m => m.WorkspaceId == v.WorkspaceId && m.Student!.UserName == "eleve1"))
            .OrderBy(v => v.PlannedOn).ThenBy(v => v.RouteOrder).Select(v => new { v.Id, v.OperationId }).FirstAsync());
        var partnerId = await browser.App.WithDbAsync(db => db.Users.Where(u => u.UserName == "eleve2").Select(u => u.Id).FirstAsync());

        var seller = await browser.SignInAsync("eleve1");
        await seller.SetViewportSizeAsync(1024, 768);
        await seller.GotoAsync($"{browser.BaseUrl}/operations/{visit.OperationId}/visites/{visit.Id}");
        await seller.Locator("#binome-partenaire").SelectOptionAsync(partnerId);
        await seller.GetByRole(AriaRole.Button, new() { Name = "Inviter à jouer le prospect" }).ClickAsync();
        await seller.WaitForURLAsync("**/jeu-de-role/binomes/*");
        var id = int.Parse(seller.Url.Split('/').Last().Split('#')[0], CultureInfo.InvariantCulture);

        var partner = await browser.SignInAsync("eleve2");
        await partner.SetViewportSizeAsync(1024, 768);
        await partner.GotoAsync($"{browser.BaseUrl}/jeu-de-role");
        await partner.Locator($"#invitations a[href='/jeu-de-role/binomes/{id}']").ClickAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Rejoindre la visite" }).ClickAsync();
        await partner.Locator("#carte-role").WaitForAsync();
        await partner.Locator("#binome-etat[data-pair-live=oui]").WaitForAsync();
        await seller.Locator("#binome-etat[data-pair-live=oui]").WaitForAsync();
        await seller.Locator("#etat-appel", new() { HasText = "joue le prospect" }).WaitForAsync();

        await seller.Locator("#etapes li[data-phase=Discovery] button").ClickAsync();
        await partner.Locator("#etapes li[data-phase=Discovery][data-done=oui]").WaitForAsync();
        await seller.Locator("#ProductId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await seller.GetByLabel("Remise accordée (%)").FillAsync("0");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Proposer ce prix" }).ClickAsync();
        await partner.Locator("#proposition", new() { HasText = "remise" }).WaitForAsync();
        await partner.Locator("#etapes li[data-phase=Negotiation][data-done=oui]").WaitForAsync();
        await partner.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "jeu-de-role-visite-partenaire-1024x768.png"), FullPage = true });
        await Axe.AssertNoSeriousViolationsAsync(partner);
        var widths = await partner.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"La page du partenaire fait {widths[0]} px pour une fenêtre de {widths[1]} px.");

        // What the partner is typing survives the seller's next step (the live part is fetched again around it).
        await partner.Locator("label[for='conclusion-Refusal']").ClickAsync();
        await partner.GetByLabel("Notes").FillAsync("Budget déjà engagé cette année.");
        await seller.Locator("#etapes li[data-phase=Objections] button").ClickAsync();
        await partner.Locator("#etapes li[data-phase=Objections][data-done=oui]").WaitForAsync();
        Assert.Equal("Budget déjà engagé cette année.", await partner.GetByLabel("Notes").InputValueAsync());
        Assert.True(await partner.Locator("#conclusion-Refusal").IsCheckedAsync());
        await partner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la conclusion de la visite" }).ClickAsync();
        await partner.Locator("#debrief-form").WaitForAsync();

        await seller.Locator("#conclusion-notee", new() { HasText = Labels.Of(VisitResult.Refusal) }).WaitForAsync();
        await seller.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "jeu-de-role-visite-vendeur-1024x768.png"), FullPage = true });
        await Axe.AssertNoSeriousViolationsAsync(seller);

        await seller.GotoAsync($"{browser.BaseUrl}/operations/{visit.OperationId}/visites/{visit.Id}");
        await seller.Locator("#resultat-joue").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(seller);
        var made = await browser.App.WithDbAsync(db => db.Visits.Where(v => v.Id == visit.Id).Select(v => new { v.Result, v.Mode }).FirstAsync());
        Assert.Equal((VisitResult.Refusal, CallMode.RolePlay), (made.Result!.Value, made.Mode));
    }
}
