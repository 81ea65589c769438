using System.Net;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Admin;

public sealed class AdminTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>On PostgreSQL the host makes the backups: the page says so (pg_dump), and no file is made or served.</summary>
    [Fact]
    [Trait(OnlyOn.Trait, OnlyOn.PostgreSql)]
    public async Task Backup_OnPostgreSql_LeftToTheHost_NoFileMadeOrServed()
    {
        Assert.True(TestPostgres.IsOn, $"Ce test demande PostgreSQL ({TestPostgres.Variable}) : lancez ./test.sh --postgres.");
        var admin = await app.AsAsync("admin");

        var page = await admin.GetDocumentAsync("/admin/sauvegarde");
        Assert.Contains("pg_dump", page.QuerySelector("#sauvegarde-postgresql")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action='/admin/sauvegarde']"));
        var token = await admin.TokenAsync("/admin/sauvegarde"); // the sign-out form's, in the page's header
        var made = await admin.PostAsync("/admin/sauvegarde", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, made.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/sauvegarde/telecharger?fichier=classecrm.db")).StatusCode);
    }

    [Fact]
    [Trait(OnlyOn.Trait, OnlyOn.Sqlite)]
    public async Task Backup_MadeOnTheServer_ConfirmedWithDateAndSize_DownloadsAConsistentSqliteCopy()
    {
        var admin = await app.AsAsync("admin");

        var made = await admin.PostFormAsync("/admin/sauvegarde", [], "/admin/sauvegarde");

        made.AssertRedirectsTo("/admin/sauvegarde");
        var page = await admin.GetDocumentAsync("/admin/sauvegarde");
        Assert.Matches(@"Sauvegarde faite le \d{2}/\d{2}/\d{4} à \d{2}:\d{2} \(\d+(,\d)?\u00A0[KM]o\)", page.Text());
        Assert.Matches(@"^Le \d{2}/\d{2}/\d{4} à \d{2}:\d{2}, \d+(,\d)?\u00A0[KM]o\.$", page.QuerySelector("#derniere-sauvegarde")!.TextContent.Trim());
        var link = page.QuerySelector("a[href^='/admin/sauvegarde/telecharger']")!.GetAttribute("href")!;
        var response = await admin.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"classecrm-\d{4}-\d{2}-\d{2}-\d{4}\.db", response.Content.Headers.ContentDisposition!.FileName!);
        // A folder of its own: opening the copy makes SQLite's -wal and -shm files beside it, deleted with it.
        var folder = Directory.CreateTempSubdirectory("classecrm-sauvegarde-").FullName;
        var file = Path.Combine(folder, "sauvegarde.db");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        try
        {
            await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM AspNetUsers WHERE UserName LIKE 'eleve%';";
            Assert.True((long)(await count.ExecuteScalarAsync())! >= 24);
            await using var prospects = connection.CreateCommand();
            prospects.CommandText = "SELECT COUNT(*) FROM Prospects;";
            Assert.Equal(18 * 40L, (long)(await prospects.ExecuteScalarAsync())!);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    [Trait(OnlyOn.Trait, OnlyOn.Sqlite)]
    public async Task Backup_OnlyKeptNamesDownload_AndOnlyForTheAdmin()
    {
        var admin = await app.AsAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/sauvegarde/telecharger?fichier=..%2Fclassecrm.db")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/sauvegarde/telecharger?fichier=classecrm-1999-01-01-0000.db")).StatusCode);
        var teacher = await app.AsAsync("prof.martin");
        Assert.NotEqual(HttpStatusCode.OK, (await teacher.GetAsync("/admin/sauvegarde")).StatusCode);
    }

    [Fact]
    public async Task CreateTeacher_ShowsPasswordOnce_TeacherMustChangeIt()
    {
        var admin = await app.AsAsync("admin");

        var response = await admin.PostFormAsync("/admin/enseignants", new() { ["UserName"] = "prof.leroy", ["LastName"] = "Leroy", ["FirstName"] = "Sophie" });

        var page = await response.ReadDocumentAsync();
        var password = page.QuerySelector("code.password")!.TextContent;
        var teacher = app.CreateBrowserlessClient();
        (await teacher.PostFormAsync("/compte/connexion", new() { ["UserName"] = "prof.leroy", ["Password"] = password }))
            .AssertRedirectsTo("/compte/mot-de-passe");
        await teacher.PostFormAsync("/compte/mot-de-passe", new() { ["CurrentPassword"] = password, ["NewPassword"] = "leroy-prof-2026", ["ConfirmPassword"] = "leroy-prof-2026" });
        var classes = await teacher.GetAsync("/classes");
        Assert.Equal(HttpStatusCode.OK, classes.StatusCode);
        Assert.Contains("Vous n'avez pas encore de classe", await classes.TextAsync());
        var list = await admin.GetDocumentAsync("/admin/enseignants");
        Assert.Contains("Leroy", list.Text());
        var martin = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("prof.martin"));
        Assert.Equal("1", martin.QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public async Task CreateTeacher_TakenIdentifiant_FrenchMessageKeepsFields()
    {
        var admin = await app.AsAsync("admin");

        var response = await admin.PostFormAsync("/admin/enseignants", new() { ["UserName"] = "prof.martin", ["LastName"] = "Autre", ["FirstName"] = "Claire" });

        var page = await response.ReadDocumentAsync();
        Assert.Contains("L'identifiant « prof.martin » est déjà utilisé.", page.Text());
        Assert.Equal("Autre", page.QuerySelector("input[name=LastName]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AdminHome_ShowsCountsAndMailMode()
    {
        var page = await (await app.AsAsync("admin")).GetDocumentAsync("/admin");

        Assert.Contains("bac à sable", page.Text());
        var stats = page.QuerySelectorAll(".stat").Select(s => s.TextContent.Trim()).ToList();
        var classes = await app.WithDbAsync(db => db.Classes.CountAsync(c => !c.IsArchived));
        var workspaces = await app.WithDbAsync(db => db.Workspaces.CountAsync());
        Assert.Equal(classes.ToString(), stats[0]);
        Assert.Equal(workspaces.ToString(), stats[1]);
        Assert.True(workspaces >= 18);
    }
}
