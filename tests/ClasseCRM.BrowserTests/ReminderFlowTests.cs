using ClasseCRM.BrowserTests.Support;
using Deque.AxeCore.Playwright;
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
        var item = page.Locator("#relances li", new() { HasText = "Rappeler la clinique vétérinaire" });
        Assert.Contains("en retard", await item.InnerTextAsync());

        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");
        await item.GetByRole(AriaRole.Button, new() { Name = "Fait" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains("Relance faite.", await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#relances li", new() { HasText = "Rappeler la clinique vétérinaire" }).CountAsync());
        Assert.Contains("Rappeler la clinique vétérinaire", await page.Locator("#relances-terminees").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-relances.png"), FullPage = true });
    }
}
