using ClasseCRM.BrowserTests.Support;
using ClasseCRM.IntegrationTests.Features.Schools;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>The browser over an académie's installation (<see cref="AcademieApp"/>): the operator's account is made at start.</summary>
public sealed class AcademieBrowserFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new(new AcademieApp());

    public Task InitializeAsync() => Browser.InitializeAsync();

    public Task DisposeAsync() => Browser.DisposeAsync();
}

/// <summary>
/// Issue 20, item 5, as the académie operator lives it on a 1 024 × 768 screen: first sign-in and own password, the
/// établissements, a new lycée with its first administrator typed in, the login slip; every page of the operator's
/// and of an administrator's menu without serious axe violation or sideways scroll.
/// </summary>
public sealed class AcademieFlowTests(AcademieBrowserFixture fixture) : IClassFixture<AcademieBrowserFixture>
{
    private BrowserFixture Browser => fixture.Browser;

    [Fact]
    public async Task Operator_FirstSignIn_CreatesALyceeWithItsAdministrator_OnATablet()
    {
        var page = await Browser.NewPageAsync();
        await page.SetViewportSizeAsync(1024, 768);
        await page.GotoAsync(Browser.BaseUrl + "/compte/connexion");
        await page.GetByLabel("Identifiant").FillAsync("operateur");
        await page.GetByLabel("Mot de passe").FillAsync(AcademieApp.OperatorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync("**/compte/mot-de-passe**");
        await page.GetByLabel("Mot de passe actuel").FillAsync(AcademieApp.OperatorPassword);
        await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync(AcademieApp.NewPassword);
        await page.GetByLabel("Confirmation du nouveau mot de passe").FillAsync(AcademieApp.NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.WaitForURLAsync("**/academie");

        var failures = new List<string>();
        foreach (var link in new[] { "/academie", "/admin/messages", "/admin/taches", "/admin/parametres", "/admin/sauvegarde" })
        {
            await page.GotoAsync(Browser.BaseUrl + link);
            failures.AddRange(await Axe.SeriousViolationsAsync(page, $"operateur {link} — "));
            failures.AddRange(await SidewaysAsync(page, link));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        await page.GotoAsync(Browser.BaseUrl + "/academie");
        await page.GetByLabel("Nom de l'établissement").FillAsync("Lycée professionnel du Port");
        await page.GetByLabel("Code UAI").FillAsync("0560002K");
        await page.GetByLabel("Ville").FillAsync("Lorient");
        await page.GetByLabel("Identifiant").FillAsync("admin.port");
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Le Gall");
        await page.GetByLabel("Prénom").FillAsync("Yann");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'établissement" }).ClickAsync();

        // A wrong check letter: said in French beside the field, everything typed kept.
        var uai = page.Locator("[data-valmsg-for='School.Uai']");
        Assert.Contains("attendu\u00A0: 0560002" + ClasseCRM.Web.Domain.Uai.CheckLetter("0560002"), await uai.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Le Gall", await page.GetByLabel("Nom", new() { Exact = true }).InputValueAsync());
        await page.GetByLabel("Code UAI").FillAsync("0560002" + ClasseCRM.Web.Domain.Uai.CheckLetter("0560002"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'établissement" }).ClickAsync();

        await page.Locator("code.password").WaitForAsync();
        Assert.Contains("Compte de Yann Le Gall", await page.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour aux établissements" }).ClickAsync();
        var row = page.Locator("tbody tr", new() { HasText = "Lycée professionnel du Port" });
        Assert.Contains("admin.port", await row.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "academie-1024x768.png"), FullPage = true });
    }

    [Fact]
    public async Task SchoolAdministrator_InAnAcademie_MenuWithoutTheInstallationPages()
    {
        var page = await Browser.SignInAsync("admin");
        await page.SetViewportSizeAsync(1024, 768);
        await page.GotoAsync(Browser.BaseUrl + "/admin");
        var links = await PageLayout.MenuLinksAsync(page);

        Assert.Equal(["/admin", "/admin/enseignants", "/admin/messages"], links);
        var failures = new List<string>();
        foreach (var link in links.Append("/admin/etablissement").Distinct())
        {
            await page.GotoAsync(Browser.BaseUrl + link);
            failures.AddRange(await Axe.SeriousViolationsAsync(page, $"admin {link} — "));
            failures.AddRange(await SidewaysAsync(page, link));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task<IEnumerable<string>> SidewaysAsync(IPage page, string link)
    {
        var (scroll, inner) = await PageLayout.WidthsAsync(page);
        return scroll > inner ? [$"{link} — défile de côté : {scroll} px pour {inner}"] : [];
    }
}
