namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// At start, an import that a stopped server left « en cours » is reported interrupted (its committed chunks stay, the
/// student can resume it). Only imports whose heartbeat is stale: with several app instances, another one's running
/// import is left alone.
/// </summary>
public sealed class InterruptedImportsOnStart(IServiceScopeFactory scopes, ILogger<InterruptedImportsOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var marked = await scope.ServiceProvider.GetRequiredService<ProspectImportRunner>().MarkInterruptedAsync(cancellationToken);
        if (marked > 0)
        {
            logger.LogWarning("Imports de prospects interrompus par l'arrêt du serveur : {Count}", marked);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
