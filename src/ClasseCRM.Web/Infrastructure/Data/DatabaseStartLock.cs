using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// On PostgreSQL, several instances may start at the same moment on one database: the first établissement, the operator's
/// or the administrator's account, the shipped scenarios would then be made twice (or one start would fail on a unique
/// index). The start's work after the migrations runs under a session advisory lock on the context's own connection:
/// one instance at a time. On SQLite (one instance) it does nothing.
/// </summary>
public static class DatabaseStartLock
{
    /// <summary>Any fixed number: the lock's name among the database's advisory locks (« ClasseCRM » in ASCII, cut).</summary>
    private const long Key = 0x436C61737365;

    public static async Task<IAsyncDisposable> AcquireAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return NoLock.Instance;
        }
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({Key})", ct);
        return new Held(db);
    }

    private sealed class Held(AppDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({Key})");
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
