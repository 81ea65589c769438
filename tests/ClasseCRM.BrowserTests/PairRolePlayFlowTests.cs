using System.Globalization;
using ClasseCRM.BrowserTests.Support;
using ClasseCRM.Web.Domain.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>
/// Pair role play in two browsers, as two pupils of the same class play it (1 024 × 768): eleve1 invites eleve2 from the
/// phoning page; eleve2 sees the invitation, joins and reads the card; eleve2 sees eleve1 tick a phase of the plan
/// d'appel without reloading; eleve1 sees eleve2's outcome without reloading; the call is in the operation's history
/// with its mode « jeu de rôle ».
/// </summary>
public sealed class PairRolePlayFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Pair_ThePartnerSeesTheTicksLive_TheCallerSeesTheOutcomeLive_TheCallIsLoggedAsPlayed()
    {
        // An operation of eleve1's by phone with a fiche not called yet (the phoning page shows it).
        var operation = await browser.App.WithDbAsync(db => db.Operations
            .Where(o => o.Channel == ClasseCRM.Web.Domain.Contacting.Channel.Phone && db.WorkspaceMembers.Any(m => m.WorkspaceId == o.WorkspaceId && m.Student!.UserName == "eleve1"))
            .Where(o => db.OperationTargets.Any(t => t.OperationId == o.Id && !t.Excluded && !db.CallLogs.Any(c => c.OperationId == o.Id && c.ProspectId == t.ProspectId)))
            .OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var partnerId = await browser.App.WithDbAsync(db => db.Users.Where(u => u.UserName == "eleve2").Select(u => u.Id).FirstAsync());

        var caller = await browser.SignInAsync("eleve1");
        await caller.SetViewportSizeAsync(1024, 768);
        await caller.GotoAsync($"{browser.BaseUrl}/operations/{operation}/phoning");
        await caller.Locator("#binome-partenaire").SelectOptionAsync(partnerId);
        await caller.GetByRole(AriaRole.Button, new() { Name = "Inviter à jouer le prospect" }).ClickAsync();
        await caller.WaitForURLAsync("**/jeu-de-role/binomes/*");
        var id = int.Parse(caller.Url.Split('/').Last().Split('#')[0], CultureInfo.InvariantCulture);

        var partner = await browser.SignInAsync("eleve2");
        await partner.SetViewportSizeAsync(1024, 768);
        await partner.GotoAsync($"{browser.BaseUrl}/jeu-de-role");
        await partner.Locator($"#invitations a[href='/jeu-de-role/binomes/{id}']").ClickAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Rejoindre l'appel" }).ClickAsync();
        await partner.Locator("#carte-role").WaitForAsync();
        await partner.Locator("#binome-etat[data-pair-live=oui]").WaitForAsync();
        await caller.Locator("#binome-etat[data-pair-live=oui]").WaitForAsync();
        // The caller's screen learns that the partner joined, without reloading.
        await caller.Locator("#etat-appel", new() { HasText = "joue le prospect" }).WaitForAsync();

        await caller.Locator("#etapes li[data-phase=Opening] button").ClickAsync();
        await partner.Locator("#etapes li[data-phase=Opening][data-done=oui]").WaitForAsync();
        await caller.Locator("#etapes li[data-phase=Discovery] button").ClickAsync();
        await partner.Locator("#etapes li[data-phase=Discovery][data-done=oui]").WaitForAsync();
        await partner.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "jeu-de-role-binome-partenaire-1024x768.png"), FullPage = true });
        await Axe.AssertNoSeriousViolationsAsync(partner);
        var widths = await partner.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"La page du partenaire fait {widths[0]} px pour une fenêtre de {widths[1]} px.");

        await partner.Locator("label[for='joint-DecisionMaker']").ClickAsync();
        await partner.Locator("#partenaire-PitchedNoFollowUp").CheckAsync();
        await partner.GetByLabel("Notes").FillAsync("Bonne découverte, conclusion trop rapide.");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le résultat de l'appel" }).ClickAsync();
        await partner.Locator("#debrief-form").WaitForAsync();

        var label = CallOutcomes.Label(CallOutcome.PitchedNoFollowUp);
        await caller.Locator("#resultat-partenaire-note", new() { HasText = label }).WaitForAsync();
        await caller.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "jeu-de-role-binome-appelant-1024x768.png"), FullPage = true });

        await Axe.AssertNoSeriousViolationsAsync(caller);
        await caller.GotoAsync($"{browser.BaseUrl}/operations/{operation}/phoning");
        await Axe.AssertNoSeriousViolationsAsync(caller);
        var history = await caller.Locator("#derniers-appels").InnerTextAsync();
        Assert.Contains("jeu de rôle", history, StringComparison.Ordinal);
        var call = await browser.App.WithDbAsync(db => db.PairSessions.Where(s => s.Id == id).Select(s => s.Call!).FirstAsync());
        Assert.Equal((CallOutcome.PitchedNoFollowUp, CallMode.RolePlay), (call.Outcome, call.Mode));
    }
}
