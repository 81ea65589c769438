using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.AspNetCore.SignalR;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>
/// Carries a pair session's live pushes to the browsers, whichever app instance they are connected to: with one instance
/// (SQLite) straight to this instance's hub; with several on PostgreSQL through <see cref="InstanceNotifications"/>,
/// and every instance's listener (this hosted service) hands them to its own connections.
/// </summary>
public sealed class PairRelay(InstanceNotifications notifications, IHubContext<PairHub> hub, ILogger<PairRelay> logger) : BackgroundService
{
    private const string Prefix = "binome|";

    /// <summary>Sends <paramref name="method"/> with the session's id to the session's group, or to one user's connections.</summary>
    public Task SendAsync(string method, int sessionId, string? userId, CancellationToken ct) =>
        notifications.AreShared
            ? notifications.NotifyAsync($"{Prefix}{method}|{sessionId}|{userId}", ct)
            : DeliverAsync(method, sessionId, userId, ct);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        notifications.AreShared ? notifications.ListenAsync(ReceiveAsync, stoppingToken) : Task.CompletedTask;

    private async Task ReceiveAsync(string payload)
    {
        var parts = payload.Split('|');
        if (parts is not [_, var method, var id, var user] || !payload.StartsWith(Prefix, StringComparison.Ordinal) || !int.TryParse(id, out var sessionId))
        {
            return;
        }
        try
        {
            await DeliverAsync(method, sessionId, user.Length == 0 ? null : user, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Pair session {SessionId}: the relayed push {Method} failed", sessionId, method);
        }
    }

    private Task DeliverAsync(string method, int sessionId, string? userId, CancellationToken ct) =>
        (userId is null ? hub.Clients.Group(PairHub.Group(sessionId)) : hub.Clients.User(userId)).SendAsync(method, sessionId, ct);
}
