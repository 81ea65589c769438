using System.Text;
using ClasseCRM.BrowserTests.Support;
using ClasseCRM.Web.Features.Prospects;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>
/// A large import seen in the browser: after « Importer » the page shows a progress bar and a disabled button, the bar
/// moves as the job commits its chunks (polled by wwwroot/js/import-progress.js), and the exact counts show at the end.
/// The job is run by the test, chunk by chunk, so every state is seen.
/// </summary>
public sealed class ImportProgressFlowTests(ManualJobsBrowserFixture fixture) : IClassFixture<ManualJobsBrowserFixture>
{
    private static byte[] File600()
    {
        var csv = new StringBuilder("nom;code_postal;ville\n");
        for (var i = 0; i < 600; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"Import Navigateur {i:000};35000;Rennes\n");
        }
        csv.Append("Sans code postal;;Rennes\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    [Fact]
    public async Task Import_ShowsAProgressBar_DisablesTheButton_ThenTheExactCounts()
    {
        var browser = fixture.Browser;
        var page = await browser.SignInAsync("eleve10");
        await page.GotoAsync(browser.BaseUrl + "/prospects/import");
        await page.GetByLabel("Fichier à importer").SetInputFilesAsync(new FilePayload { Name = "grand-fichier.csv", MimeType = "text/csv", Buffer = File600() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l'aperçu" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await page.GetByRole(AriaRole.Button, new() { Name = "Importer les 600 fiches valides" }).ClickAsync();
        await page.WaitForSelectorAsync("progress#import-bar");

        var bar = page.GetByRole(AriaRole.Progressbar, new() { Name = "Progression de l'import" });
        Assert.True(await bar.IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Import en cours…" }).IsDisabledAsync());
        var id = int.Parse(page.Url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        await using var scope = browser.App.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<ProspectImportRunner>();
        var run = await runner.ClaimAsync(id, CancellationToken.None);
        Assert.NotNull(run);
        Assert.True(await runner.ProcessChunkAsync(run, CancellationToken.None));

        // The page follows the job without a reload: 250 rows of 601 handled.
        await page.WaitForFunctionAsync("() => document.querySelector('#import-bar') && document.querySelector('#import-bar').value === 250");
        Assert.Contains("250 sur 601 lignes traitées", (await page.Locator("[data-import-summary]").InnerTextAsync()).Replace('\u00A0', ' '));
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Import en cours…" }).IsDisabledAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-import-en-cours.png"), FullPage = true });

        while (await runner.ProcessChunkAsync(run, CancellationToken.None))
        {
        }

        await page.WaitForSelectorAsync("#import-counts");
        var counts = (await page.Locator("#import-counts").InnerTextAsync()).Replace('\u00A0', ' ');
        Assert.Contains("600 fiches créées", counts);
        Assert.Contains("1 ligne refusée", counts);
        Assert.Equal(0, await page.Locator("progress#import-bar").CountAsync());
        Assert.Contains("Le code postal est obligatoire.", await page.Locator("tbody").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-import-termine.png"), FullPage = true });
    }
}
