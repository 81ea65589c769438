using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// Refreshes the query planner's statistics after bulk changes (DESIGN.md: without them SQLite chose a plan that walked
/// every row of a 100 000-row workspace), then checkpoints the WAL and truncates its file: a large import must not leave
/// a WAL of tens of MB behind. Provider-specific, so it lives here and not in feature code.
/// </summary>
public static class DatabaseMaintenance
{
    public static async Task OptimizeAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", ct);
            // Waits (busy timeout) for the readers of older pages, then empties the WAL file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
    }
}
