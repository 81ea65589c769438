using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Infrastructure.Data;
using ClasseCRM.Web.Infrastructure.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Infrastructure.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Sante_Healthy_Is200WithFrenchText()
    {
        using var app = new TestApp();
        var response = await app.CreateBrowserlessClient().GetAsync("/sante");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("Sain", text);
        Assert.Contains("Base de données joignable.", text);
        Assert.Contains("Stockage des tâches joignable.", text);
    }

    [Fact]
    [Trait(OnlyOn.Trait, OnlyOn.Sqlite)]
    public async Task Sante_DatabaseUnreadable_Is503()
    {
        using var app = new TestApp { RunJobServer = false };
        var client = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sante")).StatusCode);

        // The database file is destroyed under the running app (a disk failure). Only this app's pool is emptied (the
        // other apps of the run keep theirs), and the file is overwritten in place, not truncated: a connection that
        // still maps it in memory reads garbage (an error) instead of pages past the end of the file (a SIGBUS that
        // would take the whole test process down).
        SqliteConnection.ClearPool(new SqliteConnection(app.Services.GetRequiredService<StoragePaths>().ConnectionString));
        var db = Path.Combine(app.DataDirectory, "classecrm.db");
        foreach (var file in new[] { db + "-wal", db + "-shm" })
        {
            File.Delete(file);
        }
        await using (var file = new FileStream(db, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            await file.WriteAsync(System.Text.Encoding.ASCII.GetBytes(new string('x', 8192)));
        }

        var response = await client.GetAsync("/sante");

        await AssertDatabaseUnreachableAsync(response);
    }

    /// <summary>On PostgreSQL: the database is dropped under the running app (its server lost it): 503, in French.</summary>
    [Fact]
    [Trait(OnlyOn.Trait, OnlyOn.PostgreSql)]
    public async Task Sante_PostgreSqlDatabaseGone_Is503()
    {
        Assert.True(TestPostgres.IsOn, $"Ce test demande PostgreSQL ({TestPostgres.Variable}) : lancez ./test.sh --postgres.");
        using var app = new TestApp { RunJobServer = false };
        var client = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sante")).StatusCode);

        TestPostgres.Drop(app.Services.GetRequiredService<DatabaseTarget>().ConnectionString);
        app.Services.GetRequiredService<DatabaseTarget>().ClearConnectionPools();
        var response = await client.GetAsync("/sante");

        await AssertDatabaseUnreachableAsync(response);
    }

    /// <summary>503 and the French line that says the database is out of reach, with no exception shown.</summary>
    private static async Task AssertDatabaseUnreachableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("Dégradé", text);
        Assert.Contains("Base de données injoignable.", text);
        Assert.DoesNotContain("Exception", text);
    }
}
