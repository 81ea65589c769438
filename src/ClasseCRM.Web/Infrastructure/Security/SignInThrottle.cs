using System.Threading.RateLimiting;

namespace ClasseCRM.Web.Infrastructure.Security;

/// <summary>
/// Limits failed sign-in attempts per identifiant + IP address (successful ones are not counted, so a class signing in
/// again and again is never slowed): 35 students behind one school NAT each have their own budget,
/// while guessing one account's password from one place is throttled. Lockout (5 failures, 5 minutes) adds a limit
/// per account whatever the address.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const int PermitsPerWindow = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PermitsPerWindow,
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>True when this identifiant + address has spent its budget of failed attempts for the current window.</summary>
    public bool IsThrottled(string userName, string? remoteAddress) =>
        _limiter.GetStatistics(Key(userName, remoteAddress)) is { CurrentAvailablePermits: <= 0 };

    /// <summary>Counts one failed attempt (wrong password, locked account): successful sign-ins spend nothing.</summary>
    public void RecordFailure(string userName, string? remoteAddress)
    {
        using var lease = _limiter.AttemptAcquire(Key(userName, remoteAddress));
    }

    private static string Key(string userName, string? remoteAddress) => $"{userName.Trim().ToUpperInvariant()}|{remoteAddress ?? "?"}";

    public void Dispose() => _limiter.Dispose();
}
