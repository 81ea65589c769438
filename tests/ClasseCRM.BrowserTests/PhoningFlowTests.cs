using System.Globalization;
using ClasseCRM.BrowserTests.Support;
using ClasseCRM.Web.Domain.Figures;
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

    /// <summary>
    /// Issue 18: the phoning screen on a tablet, with the keyboard only. Landscape (1 024 × 768): the save bar is on screen,
    /// the script beside the prospect, the first outcome a few Tab presses away; a digit chooses the outcome and Enter
    /// saves. Portrait (768 × 1 024): the script opens over the prospect from its button. Screenshots of both.
    /// </summary>
    [Fact]
    public async Task Student_PhonesOnATablet_WithTheKeyboardOnly()
    {
        var operation = await browser.App.WithDbAsync(db => db.Operations
            .Where(o => o.Channel == ClasseCRM.Web.Domain.Contacting.Channel.Phone && db.WorkspaceMembers.Any(m => m.WorkspaceId == o.WorkspaceId && m.Student!.UserName == "eleve9"))
            .OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var page = await browser.SignInAsync("eleve9");
        await page.SetViewportSizeAsync(1024, 768);
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await page.GotoAsync($"{browser.BaseUrl}/operations/{operation}/phoning");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phoning-tablette-1024x768.png") });
        Assert.True(await InViewAsync(page, "#barre-enregistrer button[type=submit]"), "The save bar is on screen at 1024×768.");
        Assert.True(await page.Locator("#script").IsVisibleAsync(), "The script is beside the prospect in landscape.");
        Assert.Contains("1 à 9 choisissent le résultat", await page.Locator("#raccourcis").InnerTextAsync());
        var first = await ShownProspectAsync(page);

        // From the top of the page, Tab alone reaches the first outcome in a few presses (it took 18).
        var presses = await TabToAsync(page, "input[name=Outcome]");
        Assert.True(presses <= 10, $"{presses} Tab presses to the first outcome.");
        Assert.True(await FocusedAsync(page, "#outcome-WrongNumber"));
        await page.Keyboard.PressAsync("3");
        Assert.True(await page.Locator("#outcome-Gatekeeper").IsCheckedAsync(), "« 3 » chooses the third outcome.");
        Assert.True(await FocusedAsync(page, "#outcome-Gatekeeper"));
        Assert.Equal("ok", await OutlinedAsync(page, "label[for='outcome-Gatekeeper']"));
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Appel enregistré.").WaitForAsync();
        var second = await ShownProspectAsync(page);
        Assert.NotEqual(first, second);

        // The next one through the skip link: Tab, Tab, Enter, Tab is the first outcome; « 2 », then Tab to the save button.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au résultat de l'appel", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await FocusedAsync(page, "#outcome-WrongNumber"));
        await page.Keyboard.PressAsync("2");
        await TabToAsync(page, "#barre-enregistrer button[type=submit]");
        Assert.True(await InViewAsync(page, "#barre-enregistrer button[type=submit]"));
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Appel enregistré.").WaitForAsync();
        var calls = await browser.App.WithDbAsync(db => db.CallLogs.Where(c => c.OperationId == operation && (c.ProspectId == first || c.ProspectId == second))
            .OrderBy(c => c.Id).Select(c => new { c.ProspectId, c.Outcome }).ToListAsync());
        Assert.Equal([(first, CallOutcome.Gatekeeper), (second, CallOutcome.NoAnswer)], calls.TakeLast(2).Select(c => (c.ProspectId, c.Outcome)));

        // Portrait: the script is behind its button, and opens over the prospect; Escape closes it.
        await page.SetViewportSizeAsync(768, 1024);
        Assert.False(await page.Locator("#script").IsVisibleAsync(), "In portrait the script waits behind its button.");
        Assert.True(await InViewAsync(page, "#barre-enregistrer button[type=submit]"), "The save bar is on screen at 768×1024.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phoning-tablette-768x1024.png") });
        await TabToAsync(page, "button[aria-controls='panneau-script']");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#panneau-script.show").WaitForAsync();
        Assert.True(await page.Locator("#script").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phoning-tablette-768x1024-script.png") });
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#panneau-script.show").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{widths[0]}px wide for {widths[1]}px");
    }

    private static async Task<int> ShownProspectAsync(IPage page) =>
        int.Parse((await page.Locator("input[name=ProspectId]").GetAttributeAsync("value"))!, CultureInfo.InvariantCulture);

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus; the number of presses (fails after 40).</summary>
    private static async Task<int> TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 40; i++)
        {
            if (await FocusedAsync(page, selector))
            {
                return i;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab never reached {selector} on {page.Url}.");
        return -1;
    }

    private static Task<bool> FocusedAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector);

    private static Task<bool> InViewAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => { const r = document.querySelector(s).getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }", selector);

    /// <summary>The element carries a visible outline of at least 2 px: "ok", or what it has.</summary>
    private static Task<string> OutlinedAsync(IPage page, string selector) => page.EvaluateAsync<string>(@"s => {
        const style = getComputedStyle(document.querySelector(s));
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'ok' : `outline ${style.outlineStyle} ${style.outlineWidth}`;
    }", selector);

    /// <summary>A day to come at a time, in Paris, as a datetime-local field takes it (the browser tests run on the real clock).</summary>
    private static string InDays(int days, int hour) =>
        French.ToParis(DateTime.UtcNow).Date.AddDays(days).AddHours(hour).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
