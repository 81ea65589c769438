using System.Net;
using System.Text;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Prospects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

/// <summary>
/// A large import runs as a Hangfire job, chunk by chunk, with its progress in the database: exact counts at the end, one
/// apply per preview, progress for the workspace and its teacher only, and an import stopped by a restart reported
/// interrupted then resumed without importing a row twice.
/// </summary>
public sealed class ProspectImportJobTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>
    /// 611 rows: 600 valid fiches, 10 without postal code (rows 42, 103, 164, 225…: four in the first chunk of 250), and a
    /// repeat of row 2 at the end (another chunk: reported as a repeat of its row, as the preview does).
    /// </summary>
    internal static byte[] LargeFile(string prefix)
    {
        var csv = new StringBuilder("nom;code_postal;ville\n");
        var valid = 0;
        for (var row = 0; row < 610; row++)
        {
            if (row % 61 == 40)
            {
                csv.Append(CultureInfo(row, "{0} sans code {1};;Rennes\n", prefix));
            }
            else
            {
                csv.Append(CultureInfo(valid++, "{0} {1:000};35000;Rennes\n", prefix));
            }
        }
        csv.Append(CultureInfo(0, "{0} {1:000};35000;Rennes\n", prefix));
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string CultureInfo(int n, string format, string prefix) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, prefix, n);

    private static async Task<int> UploadAsync(HttpClient client, string prefix)
    {
        var response = await client.PostFileAsync("/prospects/import", "fichier", "grand-fichier.csv", LargeFile(prefix));
        response.AssertRedirectsTo("/prospects/import/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<List<string>> NamesAsync(int workspaceId, string prefix) =>
        app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == workspaceId && p.Name.StartsWith(prefix)).Select(p => p.Name).ToListAsync());

    [Fact]
    public async Task Apply_RunsThroughTheJobServer_WithExactCounts()
    {
        var client = await app.AsAsync("eleve1");
        var ws = await app.WorkspaceOfAsync("eleve1");
        var id = await UploadAsync(client, "Atelier Job");

        var started = await client.StartImportAsync(id);
        var page = await client.GetDocumentAsync(started.Headers.Location!.OriginalString);
        var progress = await client.WaitForImportAsync(id);

        // While it ran, or already finished: the page is the import's page, not the preview.
        Assert.Null(page.QuerySelector("button[value=importer]"));
        Assert.Equal("completed", progress.GetProperty("status").GetString());
        Assert.Equal((611, 611, 600, 11, 100), (progress.GetProperty("total").GetInt32(), progress.GetProperty("processed").GetInt32(),
            progress.GetProperty("created").GetInt32(), progress.GetProperty("rejected").GetInt32(), progress.GetProperty("percent").GetInt32()));
        var report = await client.GetDocumentAsync($"/prospects/import/{id}");
        var counts = report.QuerySelector("#import-counts")!.TextContent;
        Assert.Contains("600 fiches créées", counts);
        Assert.Contains("611 lignes lues dans le fichier", counts.Replace('\u00A0', ' '));
        Assert.Contains("11 lignes refusées", counts);
        var rows = report.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(11, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("612", StringComparison.Ordinal) && r.Contains("Doublon de la ligne 2 du fichier (même nom et même code postal)", StringComparison.Ordinal));
        Assert.Equal(10, rows.Count(r => r.Contains("Le code postal est obligatoire.", StringComparison.Ordinal)));
        var names = await NamesAsync(ws, "Atelier Job");
        Assert.Equal(600, names.Count);
        Assert.Equal(600, names.Distinct().Count());
        // The import page lists it among the last imports.
        Assert.Contains("grand-fichier.csv", (await client.GetDocumentAsync("/prospects/import")).QuerySelector("#derniers-imports")!.TextContent);
    }

    [Fact]
    public async Task SecondApply_OfTheSamePreview_IsRefused()
    {
        var client = await app.AsAsync("eleve2");
        var ws = await app.WorkspaceOfAsync("eleve2");
        var id = await UploadAsync(client, "Double Clic");

        await client.StartImportAsync(id);
        var again = await client.PostFormAsync($"/prospects/import/{id}", new() { ["action"] = "importer" }, formPage: "/prospects/import");
        again.AssertRedirectsTo($"/prospects/import/{id}");
        Assert.Contains("Cet import est déjà lancé : il ne sera pas appliqué une seconde fois.", (await client.GetDocumentAsync($"/prospects/import/{id}")).Text());
        await client.WaitForImportAsync(id);
        var late = await client.PostFormAsync($"/prospects/import/{id}", new() { ["action"] = "importer" }, formPage: "/prospects/import");
        late.AssertRedirectsTo($"/prospects/import/{id}");

        Assert.Equal(600, (await NamesAsync(ws, "Double Clic")).Count);
        Assert.Equal(ImportRunStatus.Completed, await app.WithDbAsync(db => db.ProspectImports.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task Progress_IsForTheWorkspacesMembersAndItsTeacher_OthersGet404()
    {
        var owner = await app.AsAsync("eleve13");
        var ws = await app.WorkspaceOfAsync("eleve13");
        var partner = await app.WithDbAsync(db => db.WorkspaceMembers.Where(m => m.WorkspaceId == ws && m.Student!.UserName != "eleve13").Select(m => m.Student!.UserName!).FirstOrDefaultAsync());
        var id = await UploadAsync(owner, "Accès Import");
        await owner.ApplyImportAsync(id);

        foreach (var reader in new[] { "prof.durand" }.Concat(partner is null ? [] : [partner]))
        {
            var client = await app.AsAsync(reader);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/prospects/import/{id}/progression")).StatusCode);
            var page = await client.GetDocumentAsync($"/prospects/import/{id}");
            Assert.Contains("600 fiches créées", page.QuerySelector("#import-counts")!.TextContent);
        }
        foreach (var stranger in new[] { "eleve14", "eleve1", "prof.martin" }.Where(u => u != partner))
        {
            var client = await app.AsAsync(stranger);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/prospects/import/{id}/progression")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/prospects/import/{id}")).StatusCode);
        }
        var intruder = await app.AsAsync("eleve1");
        var resume = await intruder.PostFormAsync($"/prospects/import/{id}/reprendre", new(), formPage: "/prospects/import");
        Assert.Equal(HttpStatusCode.NotFound, resume.StatusCode);
    }

    /// <summary>The server stops after the first chunk (250 rows committed); the next start reports it, « Reprendre » finishes it, each row once.</summary>
    [Fact]
    public async Task ImportStoppedByARestart_IsReportedInterrupted_AndResumesWithoutDuplicates()
    {
        var t0 = new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);
        var dir = Path.Combine(Path.GetTempPath(), "classecrm-tests", Guid.NewGuid().ToString("N"));
        int id;
        using (var first = new TestApp(dir) { RunJobServer = false, DeleteOnDispose = false, Clock = new FakeTimeProvider(t0) })
        {
            var client = await first.SignInAsync("eleve5");
            id = await UploadAsync(client, "Redémarrage");
            await client.StartImportAsync(id);
            await first.RunAsync<ProspectImportRunner>(async runner =>
            {
                var run = await runner.ClaimAsync(id, CancellationToken.None);
                Assert.NotNull(run);
                Assert.True(await runner.ProcessChunkAsync(run, CancellationToken.None));
            });
            Assert.Contains("\"status\":\"running\"", await client.GetStringAsync($"/prospects/import/{id}/progression"));
        }

        using var second = new TestApp(dir) { Clock = new FakeTimeProvider(t0.AddMinutes(5)) };
        var student = await second.SignInAsync("eleve5");
        var ws = await second.WorkspaceOfAsync("eleve5");
        var progress = await student.WaitForImportAsync(id);
        Assert.Equal(("interrupted", 250, 246, 4), (progress.GetProperty("status").GetString(), progress.GetProperty("processed").GetInt32(),
            progress.GetProperty("created").GetInt32(), progress.GetProperty("rejected").GetInt32()));
        var page = await student.GetDocumentAsync($"/prospects/import/{id}");
        Assert.Contains("Import interrompu par un arrêt du serveur après 250 lignes traitées sur 611", page.Text());
        Assert.NotNull(page.QuerySelector($"form[action='/prospects/import/{id}/reprendre']"));
        Assert.Equal(246, await second.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && p.Name.StartsWith("Redémarrage"))));

        var resumed = await student.PostFormAsync($"/prospects/import/{id}/reprendre", new(), formPage: $"/prospects/import/{id}");
        resumed.AssertRedirectsTo($"/prospects/import/{id}");
        progress = await student.WaitForImportAsync(id);

        Assert.Equal(("completed", 611, 600, 11), (progress.GetProperty("status").GetString(), progress.GetProperty("processed").GetInt32(),
            progress.GetProperty("created").GetInt32(), progress.GetProperty("rejected").GetInt32()));
        var names = await second.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.Name.StartsWith("Redémarrage")).Select(p => p.Name).ToListAsync());
        Assert.Equal(600, names.Count);
        Assert.Equal(600, names.Distinct().Count());
        // The job queued before the restart found nothing to do; resuming again is refused.
        var again = await student.PostFormAsync($"/prospects/import/{id}/reprendre", new(), formPage: "/prospects/import");
        again.AssertRedirectsTo($"/prospects/import/{id}");
        Assert.Equal(600, await second.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && p.Name.StartsWith("Redémarrage"))));
    }
}
