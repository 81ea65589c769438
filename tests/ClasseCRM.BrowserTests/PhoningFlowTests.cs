using ClasseCRM.BrowserTests.Support;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

public sealed class PhoningFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Student_PlansAnOperation_CallsTwoProspects_AndReadsTheResults()
    {
        var page = await browser.SignInAsync("eleve8");
        await page.GetByRole(AriaRole.Link, new() { Name = "Opérations", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle opération" }).ClickAsync();
        await page.GetByLabel("Nom de l'opération").FillAsync("Phoning test navigateur");
        await page.GetByLabel("Début").FillAsync("2026-11-24");
        await page.GetByLabel("Fin", new() { Exact = true }).FillAsync("2026-12-04");
        await page.GetByLabel("Objectif : rendez-vous").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("Phoning test navigateur", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Séance de phoning" }).ClickAsync();
        await page.GetByLabel("Barrage (pas d'accès au décideur)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et passer au suivant" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("Appel enregistré.", await page.Locator("main").InnerTextAsync());

        await page.GetByLabel("RDV obtenu").CheckAsync();
        await page.GetByLabel("Rappel ou rendez-vous le (obligatoire pour « à rappeler » et « RDV »)").FillAsync("2026-12-01T14:00");
        await page.GetByLabel("Notes").FillAsync("RDV pour présenter le copieur A3");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-phoning.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et passer au suivant" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var operationUrl = page.Url.Replace("/phoning", "", StringComparison.Ordinal);
        await page.GotoAsync(operationUrl + "/resultats");
        var funnel = await page.Locator("#entonnoir tbody td").AllInnerTextsAsync();
        Assert.Equal(["2", "2", "2", "1", "1", "1", "0"], funnel);
        Assert.Contains("50,0", await page.Locator("#ratios").InnerTextAsync());
        // The charts are drawn by the local Chart.js (no CDN): the script marks each canvas it drew.
        await page.Locator("#graphique-entonnoir[data-chart-ready='1']").WaitForAsync();
        await page.Locator("#graphique-objectifs[data-chart-ready='2']").WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => typeof Chart === 'function' && Chart.getChart('graphique-entonnoir').data.datasets[0].data[0] === 2"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-resultats-operation.png"), FullPage = true });
    }
}
