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
/// The 37 migrations made before the first release became one initial migration per provider (issue 20). A SQLite file
/// made by the old chain (old-chain.sql: the script <c>dotnet ef migrations script</c> wrote for it) keeps working: its
/// history is rewritten to the initial migration at start, its rows stay, and the schema the initial migration makes is
/// the one the old chain made (tables, columns, indexes, the FTS5 index and the vocabulary with their triggers).
/// </summary>
[Trait(OnlyOn.Trait, OnlyOn.Sqlite)]
public sealed class LegacyMigrationHistoryTests
{
    private static readonly string OldChainScript = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "Data", "old-chain.sql");

    [Fact]
    public async Task Start_OnDatabaseOfOldChain_RewritesHistory_KeepsRows_AndSearchWorks()
    {
        var folder = Path.Combine(Path.GetTempPath(), "classecrm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using (var old = new SqliteConnection($"Data Source={Path.Combine(folder, "classecrm.db")};Pooling=False"))
        {
            await old.OpenAsync();
            await ExecuteAsync(old, await File.ReadAllTextAsync(OldChainScript));
            await ExecuteAsync(old, "INSERT INTO \"AspNetRoles\" (\"Id\", \"Name\", \"NormalizedName\") VALUES ('ancien-role', 'Ancien', 'ANCIEN');");
        }

        // A SQLite file whatever the run (./test.sh --postgres included): the old chain was SQLite only.
        using var app = new TestApp(folder).With("Database:Provider", "Sqlite");
        var client = await app.SignInAsync("eleve1");

        var history = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\"").ToListAsync());
        // The history names the initial migration instead of the old chain, then the migrations made since, applied as usual.
        var migrations = await app.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        Assert.Equal(migrations, history.Order(StringComparer.Ordinal));
        Assert.EndsWith("_InitialSchema", migrations[0], StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Roles.AnyAsync(r => r.Id == "ancien-role" && r.Name == "Ancien")));

        // The demo seeded into the old file: the triggers of the old chain filled the full-text index and the vocabulary.
        var ws = await app.WorkspaceOfAsync("eleve1");
        var name = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.Name.Length > 6).OrderBy(p => p.Id).Select(p => p.Name).FirstAsync());
        var word = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
        Assert.Contains(name, (await client.GetDocumentAsync($"/prospects?q={Uri.EscapeDataString(word)}")).Text());
        Assert.True(await app.WithDbAsync(db => db.Set<SearchWordRow>().AnyAsync(w => w.WorkspaceId == ws)));
    }

    [Fact]
    public async Task InitialMigration_MakesTheSchemaOfTheOldChain()
    {
        var folder = Path.Combine(Path.GetTempPath(), "classecrm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var (oldPath, newPath) = (Path.Combine(folder, "old.db"), Path.Combine(folder, "new.db"));
        await using (var old = new SqliteConnection($"Data Source={oldPath};Pooling=False"))
        {
            await old.OpenAsync();
            await ExecuteAsync(old, await File.ReadAllTextAsync(OldChainScript));
        }
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseClasseCrmDatabase(new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={newPath};Pooling=False"));
        await using (var db = new AppDbContext(options.Options).For(new AccessScope(new HttpContextAccessor())))
        {
            // The initial migration alone: the later ones add to the schema the old chain ended with.
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        }

        var (before, after) = (await SchemaAsync(oldPath), await SchemaAsync(newPath));
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, shape) in before)
        {
            Assert.Equal((name, shape), (name, after[name]));
        }
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// Every table, index, trigger and view by name, with its columns (name, type, not null, key) for a table and its SQL
    /// for the hand-written objects (the virtual table and the triggers): EF's own bookkeeping tables left out.
    /// </summary>
    private static async Task<Dictionary<string, string>> SchemaAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var objects = new List<(string Type, string Name, string? Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE '__EFMigrations%' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                objects.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }
        var schema = new Dictionary<string, string>();
        foreach (var (type, name, sql) in objects)
        {
            schema[$"{type} {name}"] = type switch
            {
                "table" when sql?.StartsWith("CREATE TABLE", StringComparison.Ordinal) == true => await ColumnsAsync(connection, name),
                "index" => await IndexAsync(connection, name),
                _ => sql ?? "",
            };
        }
        return schema;
    }

    private static async Task<string> ColumnsAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}') ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<string>();
        while (await reader.ReadAsync())
        {
            columns.Add($"{reader.GetString(0)} {reader.GetString(1)} notnull={reader.GetInt32(2)} pk={reader.GetInt32(3)}");
        }
        return string.Join("; ", columns);
    }

    private static async Task<string> IndexAsync(SqliteConnection connection, string index)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT (SELECT \"unique\" FROM pragma_index_list((SELECT tbl_name FROM sqlite_master WHERE name = '{index}')) WHERE name = '{index}'), group_concat(name, ',') FROM (SELECT name FROM pragma_index_info('{index}') ORDER BY seqno)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"unique={reader.GetValue(0)} ({reader.GetValue(1)})";
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
