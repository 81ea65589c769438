namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>
/// Tells the screens of a pair session that it changed (they fetch its state again), and a partner that they are
/// invited, whichever app instance they are connected to (<see cref="PairRelay"/>).
/// </summary>
public sealed class PairNotifier(PairRelay relay, ILogger<PairNotifier> logger)
{
    public Task ChangedAsync(int sessionId, CancellationToken ct) => SendAsync("changed", sessionId, null, ct);

    public Task InvitedAsync(string partnerId, int sessionId, CancellationToken ct) => SendAsync("invited", sessionId, partnerId, ct);

    private async Task SendAsync(string method, int sessionId, string? userId, CancellationToken ct)
    {
        try
        {
            await relay.SendAsync(method, sessionId, userId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change is saved: a screen that missed the push shows it on reload.
            logger.LogWarning(ex, "Pair session {SessionId}: the live push {Method} failed", sessionId, method);
        }
    }
}
