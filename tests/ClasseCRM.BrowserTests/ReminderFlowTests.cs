using ClasseCRM.BrowserTests.Support;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>A student adds a reminder by hand and marks it done, in the browser.</summary>
public sealed class ReminderFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Student_AddsAReminder_AndMarksItDone()
    {
        var page = await browser.SignInAsync("eleve12");
        await page.Locator("#compteur-relances").ClickAsync();
        await page.GetByLabel("Nouvelle relance").FillAsync("Rappeler la clinique vétérinaire");
        await page.GetByLabel("Le", new() { Exact = true }).FillAsync("2026-01-05T09:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // A past date comes back with what was typed and asks to confirm.
        Assert.Equal("Rappeler la clinique vétérinaire", await page.GetByLabel("Nouvelle relance").InputValueAsync());
        await page.GetByLabel("Oui, cette date est passée").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var item = page.Locator("#relances li", new() { HasText = "Rappeler la clinique vétérinaire" });
        Assert.Contains("en retard", await item.InnerTextAsync());

        await Axe.AssertNoSeriousViolationsAsync(page);
        await item.GetByRole(AriaRole.Button, new() { Name = "Fait" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains("Relance faite.", await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#relances li", new() { HasText = "Rappeler la clinique vétérinaire" }).CountAsync());
        Assert.Contains("Rappeler la clinique vétérinaire", await page.Locator("#relances-terminees").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-relances.png"), FullPage = true });
    }

    [Fact]
    public async Task Home_ListsALateReminder_AndDoneRemovesIt()
    {
        var page = await browser.SignInAsync("eleve11");
        await page.GotoAsync(browser.BaseUrl + "/relances");
        await page.GetByLabel("Nouvelle relance").FillAsync("Envoyer le catalogue au cabinet Morel");
        await page.GetByLabel("Le", new() { Exact = true }).FillAsync("2026-01-06T10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GetByLabel("Oui, cette date est passée").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await page.GetByRole(AriaRole.Link, new() { Name = "Aujourd'hui", Exact = true }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var item = page.Locator("#en-retard li", new() { HasText = "Envoyer le catalogue au cabinet Morel" });
        Assert.Contains("en retard", await item.InnerTextAsync());
        Assert.DoesNotContain("Rien n'est", await page.Locator("main").InnerTextAsync());
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-aujourdhui.png"), FullPage = true });

        await item.GetByRole(AriaRole.Button, new() { Name = "Fait" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        Assert.Contains("Relance faite.", await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await page.Locator("li", new() { HasText = "Envoyer le catalogue au cabinet Morel" }).CountAsync());
    }
}
