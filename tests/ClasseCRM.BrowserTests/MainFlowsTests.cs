using ClasseCRM.BrowserTests.Support;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

public sealed class MainFlowsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Student_SignsIn_SeesTheFrenchHomeOfTheirWorkspace()
    {
        var page = await browser.SignInAsync("eleve1");

        Assert.Equal("Aujourd'hui", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Bureau Ouest Équipement", await page.Locator("main").InnerTextAsync());
        Assert.Contains("À faire aujourd'hui", await page.Locator("main").InnerTextAsync());
        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-accueil.png"), FullPage = true });
    }

    [Fact]
    public async Task Teacher_SignsIn_OpensTheirClass()
    {
        var page = await browser.SignInAsync("prof.martin");

        Assert.Equal("Mes classes", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "1re MCV B" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Élèves (12)", main);
        Assert.Contains("Espaces de travail (12)", main);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "enseignant-classe.png"), FullPage = true });
    }

    [Fact]
    public async Task WrongPassword_ShowsTheFrenchErrorSummary()
    {
        var page = await browser.SignInAsync("eleve2", "pas-le-bon");

        Assert.Contains("Identifiant ou mot de passe incorrect.", await page.Locator("#erreurs").InnerTextAsync());
        Assert.Equal("eleve2", await page.GetByLabel("Identifiant").InputValueAsync());
    }

    [Fact]
    public async Task SkipLink_IsTheFirstThingTheKeyboardReaches()
    {
        var page = await browser.SignInAsync("eleve4");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("contenu", await page.EvaluateAsync<string>("document.activeElement.id"));
    }
}
