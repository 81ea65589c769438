using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClasseCRM.IntegrationTests.Infrastructure.Data;

/// <summary>
/// The migration SearchPrefixes makes the SQLite full-text index again with prefix lists of 2 to 6 characters: the
/// fiches already in the file are found after it, and the triggers made again with the index keep it in step with later
/// changes. Its Down makes the first index again, also filled.
/// </summary>
[Trait(OnlyOn.Trait, OnlyOn.Sqlite)]
public sealed class SearchPrefixesMigrationTests
{
    [Fact]
    public async Task Upgrade_RebuildsTheIndexWithLongerPrefixes_FindsOlderFiches_AndFollowsLaterChanges()
    {
        var folder = Path.Combine(Path.GetTempPath(), "classecrm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "classecrm.db");
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseClasseCrmDatabase(new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False"));
        await using var db = new AppDbContext(options.Options).For(new AccessScope(new HttpContextAccessor()));
        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_SearchPrefixes", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[index - 1]);

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        Assert.Contains("prefix='2 3')", await ScalarAsync(connection, "SELECT sql FROM sqlite_master WHERE name = 'ProspectSearch'"));
        await InsertFicheAsync(connection, 7001, "boulangerie martineau rennes");
        await InsertFicheAsync(connection, 7002, "fromagerie dupuis vannes");

        await migrator.MigrateAsync(migrations[index]);
        Assert.Contains($"prefix='{SqliteSearchSchema.Prefixes}')", await ScalarAsync(connection, "SELECT sql FROM sqlite_master WHERE name = 'ProspectSearch'"));
        // The fiches written before the upgrade, found by starts of four to six letters (the new lists) and of two.
        Assert.Equal([7001L], await MatchesAsync(connection, "\"marti\"*"));
        Assert.Equal([7001L], await MatchesAsync(connection, "\"boula\"* \"renne\"*"));
        Assert.Equal([7002L], await MatchesAsync(connection, "\"froma\"*"));
        Assert.Equal([7001L, 7002L], await MatchesAsync(connection, "\"re\"* OR \"van\"*"));
        // The index's own check: its lists agree with the search texts.
        await ScalarAsync(connection, "INSERT INTO ProspectSearch(ProspectSearch, rank) VALUES ('integrity-check', 1); SELECT 'ok'");

        // The triggers made again with the index: a change, an addition and a deletion after the upgrade.
        await ScalarAsync(connection, "UPDATE Prospects SET SearchText = 'fromagerie martinez' WHERE Id = 7002; SELECT 'ok'");
        Assert.Equal([7001L, 7002L], await MatchesAsync(connection, "\"marti\"*"));
        Assert.Empty(await MatchesAsync(connection, "\"dupui\"*"));
        await InsertFicheAsync(connection, 7003, "martingale conseil");
        await ScalarAsync(connection, "DELETE FROM Prospects WHERE Id = 7001; SELECT 'ok'");
        Assert.Equal([7002L, 7003L], await MatchesAsync(connection, "\"marti\"*"));

        // Back down: the first index, filled again.
        await migrator.MigrateAsync(migrations[index - 1]);
        Assert.Contains("prefix='2 3')", await ScalarAsync(connection, "SELECT sql FROM sqlite_master WHERE name = 'ProspectSearch'"));
        Assert.Equal([7002L, 7003L], await MatchesAsync(connection, "\"marti\"*"));
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A fiche written as the file's own rows are, with only the columns that must be given: its search text is what is found.</summary>
    private static async Task InsertFicheAsync(SqliteConnection connection, long id, string searchText)
    {
        var columns = new List<(string Name, string Type)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name, type FROM pragma_table_info('Prospects') WHERE \"notnull\" = 1 AND pk = 0 AND dflt_value IS NULL";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        var names = columns.Select(c => c.Name).Where(n => n is not ("SearchText" or "WorkspaceId")).ToList();
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"PRAGMA foreign_keys = OFF; INSERT INTO Prospects (Id, WorkspaceId, SearchText{string.Concat(names.Select(n => $", \"{n}\""))}) " +
            $"VALUES ($id, 1, $text{string.Concat(names.Select(n => columns.First(c => c.Name == n).Type == "TEXT" ? ", ''" : ", 0"))});";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$text", searchText);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<long>> MatchesAsync(SqliteConnection connection, string match)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM ProspectSearch WHERE ProspectSearch MATCH $match ORDER BY rowid";
        command.Parameters.AddWithValue("$match", match);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
