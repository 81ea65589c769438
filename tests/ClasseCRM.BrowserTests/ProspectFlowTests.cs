using ClasseCRM.BrowserTests.Support;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

public sealed class ProspectFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Student_CreatesAProspectWithAContact_ThenFindsItBySearch()
    {
        var page = await browser.SignInAsync("eleve6");
        await page.GetByRole(AriaRole.Link, new() { Name = "Prospects", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle fiche" }).ClickAsync();

        await page.GetByLabel("Raison sociale ou nom").FillAsync("Cabinet Sévigné Conseil");
        await page.GetByLabel("SIRET", new() { Exact = true }).FillAsync("73282932000074");
        await page.GetByLabel("Code NAF").FillAsync("70.22Z");
        await page.GetByLabel("Code postal", new() { Exact = true }).FillAsync("35000");
        await page.GetByLabel("Ville", new() { Exact = true }).FillAsync("Rennes");
        await page.GetByLabel("Téléphone", new() { Exact = true }).FillAsync("0299887766");
        await page.GetByLabel("Nom de l'interlocuteur", new() { Exact = true }).FillAsync("Sévigné");
        await page.GetByLabel("Prénom de l'interlocuteur").FillAsync("Marie");
        await page.GetByLabel("Fonction", new() { Exact = true }).FillAsync("Directrice");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var details = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Cabinet Sévigné Conseil", details);
        Assert.Contains("02 99 88 77 66", details);
        Assert.Contains("Marie Sévigné", details);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-fiche-prospect.png"), FullPage = true });

        await page.GotoAsync(browser.BaseUrl + "/prospects");
        await page.GetByLabel("Rechercher (nom, interlocuteur, ville, téléphone, e-mail, note)").FillAsync("sevigne marie".Split(' ')[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var rows = page.Locator("tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains("Cabinet Sévigné Conseil", await rows.First.InnerTextAsync());
        Assert.Contains("Marie Sévigné", await rows.First.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-recherche-prospects.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/prospects")]
    [InlineData("/prospects/nouveau")]
    [InlineData("/prospects/import")]
    public async Task ProspectPages_HaveNoSeriousAccessibilityViolations(string path)
    {
        var page = await browser.SignInAsync("eleve7");
        await page.GotoAsync(browser.BaseUrl + path);

        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
