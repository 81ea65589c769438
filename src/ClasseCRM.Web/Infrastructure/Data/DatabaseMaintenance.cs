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
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", ct);
            // Waits (busy timeout) for the readers of older pages, then empties the WAL file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
        else if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
        }
    }
}
