using System.Threading.RateLimiting;

namespace ClasseCRM.Web.Infrastructure.Security;

/// <summary>
/// Limits sign-in attempts per identifiant + IP address: 35 students behind one school NAT each have their own budget,
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

    /// <summary>True when this attempt may go on.</summary>
    public bool TryAcquire(string userName, string? remoteAddress)
    {
        var key = $"{userName.Trim().ToUpperInvariant()}|{remoteAddress ?? "?"}";
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
