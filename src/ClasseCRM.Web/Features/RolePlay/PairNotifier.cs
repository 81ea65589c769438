using Microsoft.AspNetCore.SignalR;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>Tells the screens of a pair session that it changed (they fetch its state again), and a partner that they are invited.</summary>
public sealed class PairNotifier(IHubContext<PairHub> hub, ILogger<PairNotifier> logger)
{
    public Task ChangedAsync(int sessionId, CancellationToken ct) => SendAsync(hub.Clients.Group(PairHub.Group(sessionId)), "changed", sessionId, ct);

    public Task InvitedAsync(string partnerId, int sessionId, CancellationToken ct) => SendAsync(hub.Clients.User(partnerId), "invited", sessionId, ct);

    private async Task SendAsync(IClientProxy clients, string method, int sessionId, CancellationToken ct)
    {
        try
        {
            await clients.SendAsync(method, sessionId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change is saved: a screen that missed the push shows it on reload.
            logger.LogWarning(ex, "Pair session {SessionId}: the live push {Method} failed", sessionId, method);
        }
    }
}
