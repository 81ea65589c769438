using ClasseCRM.BrowserTests.Support;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>A student runs an e-mailing and a tour of visits in the browser; both pages pass an axe scan.</summary>
public sealed class FieldAndMailingFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task PlanAsync(IPage page, string name, string channel)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Opérations", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle opération" }).ClickAsync();
        await page.GetByLabel("Nom de l'opération").FillAsync(name);
        await page.GetByLabel("Canal", new() { Exact = true }).SelectOptionAsync(channel);
        await page.GetByLabel("Début").FillAsync("2026-11-30");
        await page.GetByLabel("Fin", new() { Exact = true }).FillAsync("2026-12-18");
        await page.GetByLabel("Cible : potentiel").SelectOptionAsync("A");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [Fact]
    public async Task Student_PreviewsAndSendsAnEmailing()
    {
        var page = await browser.SignInAsync("eleve9");
        await PlanAsync(page, "E-mailing navigateur", "Email");
        await page.GetByRole(AriaRole.Link, new() { Name = "Publipostage" }).ClickAsync();
        await page.GetByLabel("Objet").FillAsync("Une offre pour {raison sociale}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le modèle" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var recipient = await page.Locator("#apercu-choix option:checked").InnerTextAsync();
        Assert.Contains($"Objet : Une offre pour {recipient}", await page.Locator("#apercu-texte").InnerTextAsync());
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Envoyer (les \\d+ e-mails|l'e-mail)") }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Matches(@"\d+ e-mails? envoyés? dans la messagerie", await page.Locator("main").InnerTextAsync());
        Assert.DoesNotContain("À envoyer", await page.Locator("#liste-publipostage").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-publipostage.png"), FullPage = true });
    }

    [Fact]
    public async Task Student_PlansATour_AndWritesAVisitReport()
    {
        var page = await browser.SignInAsync("eleve10");
        await PlanAsync(page, "Tournée navigateur", "Visit");
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan de tournée et visites" }).ClickAsync();
        await page.GetByLabel("Premier jour de visites").FillAsync("2026-12-24");
        await page.GetByLabel("Visites par jour").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planifier", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var tour = await page.Locator("main").InnerTextAsync();
        Assert.Contains("jeudi 24 décembre 2026", tour);
        Assert.DoesNotContain("vendredi 25 décembre 2026", tour);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-tournee.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Préparer" }).First.ClickAsync();
        await page.GetByLabel("Résultat").SelectOptionAsync("Appointment");
        await page.GetByLabel("Suites à donner").FillAsync("Présenter une proposition chiffrée");
        await page.GetByLabel("Date de la prochaine étape").FillAsync("2026-12-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le compte rendu" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("Compte rendu de visite enregistré.", await page.Locator("main").InnerTextAsync());
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
