using System.Net;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.Data.Sqlite;

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
    public async Task Sante_DatabaseUnreadable_Is503()
    {
        using var app = new TestApp { RunJobServer = false };
        var client = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sante")).StatusCode);

        // The database file is destroyed under the running app (a disk failure).
        SqliteConnection.ClearAllPools();
        var db = Path.Combine(app.DataDirectory, "classecrm.db");
        foreach (var file in new[] { db + "-wal", db + "-shm" })
        {
            File.Delete(file);
        }
        await File.WriteAllBytesAsync(db, System.Text.Encoding.ASCII.GetBytes(new string('x', 8192)));

        var response = await client.GetAsync("/sante");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("Dégradé", text);
        Assert.Contains("Base de données injoignable.", text);
        Assert.DoesNotContain("Exception", text);
    }
}
