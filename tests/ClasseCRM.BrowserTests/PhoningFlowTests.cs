using System.Globalization;
using ClasseCRM.BrowserTests.Support;
using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.EntityFrameworkCore;
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
        await page.GetByLabel("Objectif : rendez-vous").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("Phoning test navigateur", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Séance de phoning" }).ClickAsync();
        await page.GetByLabel("Barrage (pas d'accès au décideur)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et passer au suivant" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("Appel enregistré.", await page.Locator("main").InnerTextAsync());

        await page.GetByLabel("RDV obtenu").CheckAsync();
        await page.GetByLabel("Rappel ou rendez-vous le (obligatoire pour « à rappeler » et « RDV »)").FillAsync(InDays(3, 14));
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

    /// <summary>
    /// Issue 13: « décideur absent, à rappeler » without its date is refused on the SAME company with the choice and the
    /// notes kept; with the date the call is saved on that company, and the next company has no call.
    /// </summary>
    [Fact]
    public async Task Student_CallBackWithoutDate_ErrorOnTheSameCompany_ThenTheCallIsSavedOnIt()
    {
        var page = await browser.SignInAsync("eleve13");
        await page.GotoAsync(browser.BaseUrl + "/operations/nouvelle");
        await page.GetByLabel("Nom de l'opération").FillAsync("Phoning rappels navigateur");
        await page.GetByLabel("Début").FillAsync("2026-11-24");
        await page.GetByLabel("Fin", new() { Exact = true }).FillAsync("2026-12-04");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GetByRole(AriaRole.Link, new() { Name = "Séance de phoning" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var company = page.Locator("h2#prospect a");
        var name = await company.InnerTextAsync();
        var companyPath = (await company.GetAttributeAsync("href"))!;
        const string notes = "Secrétariat : le gérant rentre jeudi, rappeler le matin";

        await page.GetByLabel("Décideur absent, à rappeler").CheckAsync();
        await page.GetByLabel("Notes").FillAsync(notes);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et passer au suivant" }).ClickAsync();
        // Wait for the answer itself (a load state can be reached before the form's navigation starts).
        await page.GetByText("Indiquez la date et l'heure du rappel convenu (« Décideur absent, à rappeler »).").First.WaitForAsync();
        Assert.Equal(name, await company.InnerTextAsync());
        Assert.True(await page.GetByLabel("Décideur absent, à rappeler").IsCheckedAsync());
        Assert.Equal(notes, await page.GetByLabel("Notes").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-phoning-rappel-sans-date.png"), FullPage = true });

        await page.GetByLabel("Rappel ou rendez-vous le (obligatoire pour « à rappeler » et « RDV »)").FillAsync(InDays(2, 10));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et passer au suivant" }).ClickAsync();
        await page.GetByText("Appel enregistré.").WaitForAsync();
        var next = await company.InnerTextAsync();
        var nextPath = (await company.GetAttributeAsync("href"))!;
        Assert.NotEqual(name, next);

        await page.GotoAsync(browser.BaseUrl + companyPath);
        var timeline = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Appel (Phoning rappels navigateur) : Décideur absent, à rappeler.", timeline);
        Assert.Contains(notes, timeline);
        await page.GotoAsync(browser.BaseUrl + nextPath);
        Assert.DoesNotContain("Appel (Phoning rappels navigateur)", await page.Locator("main").InnerTextAsync());
        var calls = await browser.App.WithDbAsync(db => db.CallLogs.Where(c => c.Notes == notes).Select(c => c.ProspectId).ToListAsync());
        Assert.Equal([int.Parse(companyPath.Split('/').Last(), CultureInfo.InvariantCulture)], calls);
    }

    /// <summary>A day to come at a time, in Paris, as a datetime-local field takes it (the browser tests run on the real clock).</summary>
    private static string InDays(int days, int hour) =>
        French.ToParis(DateTime.UtcNow).Date.AddDays(days).AddHours(hour).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
