using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;

namespace ClasseCRM.Web.Infrastructure.Instances;

/// <summary>
/// The server-side session's store when several app instances share a PostgreSQL database: a flash message or a form
/// kept for the page after a redirect is found whichever instance serves that page. Entries expire as the session says
/// (sliding, capped by an absolute end); expired ones are deleted at most once a minute, on a write.
/// </summary>
public sealed class DatabaseDistributedCache(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock) : IDistributedCache
{
    /// <summary>The mark, in a request's items, of a key this request has read (and slid): the session's refresh at the end has nothing to do.</summary>
    private static readonly object ReadInThisRequest = new();

    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);
    private long _nextPruneTicks;

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = await db.SharedCacheEntries.FirstOrDefaultAsync(e => e.Id == key && e.ExpiresAtUtc > now, token);
        if (entry is null)
        {
            return null;
        }
        if (Slide(entry, now))
        {
            await db.SaveChangesAsync(token);
        }
        if (http.HttpContext is { } context)
        {
            context.Items[(ReadInThisRequest, key)] = true;
        }
        return entry.Value;
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        // The session reads its entry when the request starts and refreshes it when it ends: the read has slid it already
        // (a second query and a second connection per page, on every page, for nothing).
        if (http.HttpContext?.Items.ContainsKey((ReadInThisRequest, key)) == true)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = await db.SharedCacheEntries.FirstOrDefaultAsync(e => e.Id == key && e.ExpiresAtUtc > now, token);
        if (entry is not null && Slide(entry, now))
        {
            await db.SaveChangesAsync(token);
        }
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.SharedCacheEntries.Where(e => e.Id == key).ExecuteDeleteAsync(token);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? absolute = options.AbsoluteExpiration?.UtcDateTime
            ?? (options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : null);
        var sliding = options.SlidingExpiration;
        var expires = Earliest(sliding is { } s ? now + s : null, absolute) ?? now.AddMinutes(20);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entry = await db.SharedCacheEntries.FirstOrDefaultAsync(e => e.Id == key, token);
        if (entry is null)
        {
            entry = new SharedCacheEntry { Id = key, Value = value };
            db.SharedCacheEntries.Add(entry);
        }
        entry.Value = value;
        entry.ExpiresAtUtc = expires;
        entry.AbsoluteExpiresAtUtc = absolute;
        entry.SlidingSeconds = sliding is { } span ? (int)Math.Ceiling(span.TotalSeconds) : null;
        try
        {
            await db.SaveChangesAsync(token);
        }
        catch (DbUpdateException)
        {
            // Another instance wrote the same key at the same moment: the last write wins, as in any cache.
            db.ChangeTracker.Clear();
            await db.SharedCacheEntries.Where(e => e.Id == key).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.Value, value).SetProperty(e => e.ExpiresAtUtc, expires), token);
        }
        if (now.Ticks >= Interlocked.Read(ref _nextPruneTicks))
        {
            Interlocked.Exchange(ref _nextPruneTicks, (now + PruneEvery).Ticks);
            await db.SharedCacheEntries.Where(e => e.ExpiresAtUtc <= now).ExecuteDeleteAsync(token);
        }
    }

    /// <summary>A read moves a sliding entry's end forward (never past its absolute end, by a minute or more); true when it moved.</summary>
    private static bool Slide(SharedCacheEntry entry, DateTime now)
    {
        if (entry.SlidingSeconds is not { } seconds)
        {
            return false;
        }
        var expires = Earliest(now.AddSeconds(seconds), entry.AbsoluteExpiresAtUtc)!.Value;
        // Moved at most once a minute: a session read on every page does not write on every page.
        if (expires - entry.ExpiresAtUtc < TimeSpan.FromMinutes(1))
        {
            return false;
        }
        entry.ExpiresAtUtc = expires;
        return true;
    }

    private static DateTime? Earliest(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
