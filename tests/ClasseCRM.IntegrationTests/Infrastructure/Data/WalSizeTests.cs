using System.Text;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Infrastructure.Data;

/// <summary>The WAL stays small: a size limit on every connection of the app, a truncating checkpoint after a large import.</summary>
[Trait(OnlyOn.Trait, OnlyOn.Sqlite)]
public sealed class WalSizeTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task JournalSizeLimit_IsSetOnTheAppsConnections()
    {
        var limit = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_size_limit;";
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        });

        Assert.Equal(4L * 1024 * 1024, limit);
    }

    [Fact]
    public async Task LargeImport_LeavesTheWalUnderOneMegabyte()
    {
        var client = await app.AsAsync("eleve5");
        var csv = new StringBuilder("nom;adresse;code_postal;ville;telephone;email;notes\n");
        for (var i = 0; i < 4000; i++)
        {
            csv.Append($"Entreprise WAL {i};{i} rue du Journal;35000;Rennes;;contact{i}@wal.example;{new string('n', 200)}\n");
        }
        var upload = await client.PostFileAsync("/prospects/import", "fichier", "wal.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        upload.AssertRedirectsTo("/prospects/import/");
        var id = upload.Headers.Location!.OriginalString.Split('/').Last();

        var applied = await client.ApplyImportAsync(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains("4\u00A0000 fiches créées", applied.Text().Replace('\u202F', '\u00A0'));
        var wal = new FileInfo(app.Services.GetRequiredService<StoragePaths>().DatabasePath + "-wal");
        Assert.True(!wal.Exists || wal.Length < 1024 * 1024, $"WAL de {wal.Length} octets");
    }
}
