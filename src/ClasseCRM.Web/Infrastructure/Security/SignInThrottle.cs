using ClasseCRM.Web.Data;
using ClasseCRM.Web.Infrastructure.Instances;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Security;

/// <summary>
/// Limits failed sign-in attempts per identifiant + IP address (successful ones are not counted, so a class signing in
/// again and again is never slowed): 35 students behind one school NAT each have their own budget, while guessing one
/// account's password from one place is throttled — 10 failures in the last minute. The failures are kept in the
/// database, so every app instance behind one address counts the same ones. Lockout (5 failures, 5 minutes) adds a
/// limit per account whatever the address.
/// </summary>
public sealed class SignInThrottle(AppDbContext db, TimeProvider clock)
{
    public const int PermitsPerWindow = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>True when this identifiant + address has spent its budget of failed attempts in the last minute.</summary>
    public async Task<bool> IsThrottledAsync(string userName, string? remoteAddress, CancellationToken ct)
    {
        var key = Key(userName, remoteAddress);
        var since = clock.GetUtcNow().UtcDateTime - Window;
        return await db.SignInFailures.CountAsync(f => f.Key == key && f.AtUtc > since, ct) >= PermitsPerWindow;
    }

    /// <summary>Counts one failed attempt (wrong password, locked account), and forgets the failures older than a minute.</summary>
    public async Task RecordFailureAsync(string userName, string? remoteAddress, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.SignInFailures.Add(new SignInFailure { Key = Key(userName, remoteAddress), AtUtc = now });
        await db.SaveChangesAsync(ct);
        var old = now - Window;
        await db.SignInFailures.Where(f => f.AtUtc <= old).ExecuteDeleteAsync(ct);
    }

    private static string Key(string userName, string? remoteAddress)
    {
        var key = $"{userName.Trim().ToUpperInvariant()}|{remoteAddress ?? "?"}";
        return key.Length <= 400 ? key : key[..400];
    }
}
