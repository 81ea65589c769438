using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// The provider's housekeeping. After the migrations, SQLite switches the file to WAL (readers and one writer at once: a
/// whole class on one file; the setting is kept in the file). After bulk changes the query planner's statistics are
/// refreshed (DESIGN.md: without them SQLite chose a plan that walked every row of a 100 000-row workspace): <c>PRAGMA
/// optimize</c> then a checkpoint that truncates the WAL (a large import must not leave tens of MB behind) on SQLite,
/// <c>ANALYZE</c> on PostgreSQL.
/// </summary>
public static class DatabaseMaintenance
{
    public static async Task PrepareAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    public static async Task OptimizeAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await AnalyzeIndexesWithoutStatisticsAsync(db, ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", ct);
            // Waits (busy timeout) for the readers of older pages, then empties the WAL file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
        else if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
        }
    }

    /// <summary>
    /// An index a migration adds to a file whose other indexes have statistics has none: SQLite then takes it for a
    /// narrow one and may walk it instead of the index of the list's order (a page of a 100 000-fiche workspace read in
    /// 76 ms instead of 0.05), and <c>PRAGMA optimize</c> does not analyze a table it analyzed before. Each such index is
    /// analyzed alone (an index of an empty table has no statistics to write, and costs nothing to analyze again).
    /// </summary>
    private static async Task AnalyzeIndexesWithoutStatisticsAsync(AppDbContext db, CancellationToken ct)
    {
        var analyzed = await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").SingleAsync(ct) > 0;
        if (!analyzed)
        {
            return;
        }
        var missing = await db.Database.SqlQueryRaw<string>(
            """
            SELECT name AS "Value" FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL AND name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL)
            """).ToListAsync(ct);
        foreach (var index in missing)
        {
            // An identifier cannot be a parameter: the name is SQLite's own (sqlite_master), quoted.
#pragma warning disable EF1003
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"" + index.Replace("\"", "\"\"", StringComparison.Ordinal) + "\";", ct);
#pragma warning restore EF1003
        }
    }
}
