using ClasseCRM.Web.Domain;
using Hangfire;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// The Hangfire job of a prospect import: claims the queued import, then commits it chunk by chunk with its progress
/// (<see cref="ProspectImportRunner"/>). Running it twice is harmless: only a queued import is claimed. Stopped by the
/// server's shutdown it reports the import interrupted; on an error, failed — both keep what was committed and can be
/// resumed from the import's page. Hangfire does not retry it by itself: the student decides to resume.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class ImportProspectsJob(ProspectImportRunner runner, ILogger<ImportProspectsJob> logger)
{
    [JobDisplayName("Import de prospects n° {0}")]
    public async Task RunAsync(int importId, CancellationToken ct)
    {
        var run = await runner.ClaimAsync(importId, ct);
        if (run is null)
        {
            logger.LogInformation("Import {ImportId} : rien à faire (déjà traité, en cours ou interrompu)", importId);
            return;
        }
        try
        {
            while (await runner.ProcessChunkAsync(run, ct))
            {
            }
            logger.LogInformation("Import {ImportId} terminé", importId);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await runner.StopAsync(run, ImportRunStatus.Interrupted, CancellationToken.None);
            logger.LogWarning("Import {ImportId} interrompu par l'arrêt du serveur après {Rows} lignes", importId, run.Processed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Import {ImportId} arrêté sur une erreur après {Rows} lignes", importId, run.Processed);
            await runner.StopAsync(run, ImportRunStatus.Failed, CancellationToken.None);
        }
    }
}
