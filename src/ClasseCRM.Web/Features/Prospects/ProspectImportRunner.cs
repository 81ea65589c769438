using System.Text.Json;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// Applies a previewed prospect import in the background, in chunks of <see cref="ChunkSize"/> rows. Each chunk's fiches,
/// their history lines, its refused rows and the progress counters are committed in one transaction, and only while the
/// run still holds its claim on the import (<see cref="ProspectImport.RunToken"/>): a row is never imported twice, even
/// when a run stopped by a restart is resumed or a stale run wakes up. A second « Importer » on the same preview is
/// refused (<see cref="QueueAsync"/> only moves a preview that is still pending).
/// </summary>
public sealed class ProspectImportRunner(AppDbContext db, ProspectImportService imports, TimeProvider clock, ILogger<ProspectImportRunner> logger)
{
    public const int ChunkSize = 250;

    /// <summary>A running import that has committed nothing for this long was stopped by a restart (a chunk takes a second or so).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);

    /// <summary>The status to show: a running import whose heartbeat is stale is reported interrupted, never « en cours » forever.</summary>
    public static ImportRunStatus Effective(ProspectImport batch, DateTime nowUtc) =>
        batch.Status == ImportRunStatus.Running && (batch.HeartbeatAtUtc ?? DateTime.MinValue) < nowUtc - StaleAfter ? ImportRunStatus.Interrupted : batch.Status;

    /// <summary>Pending → queued, atomically: false when the import was already started (a second click, another tab).</summary>
    public async Task<bool> QueueAsync(ProspectImport batch, string author, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var total = ProspectImportService.Table(batch).Rows.Count;
        var queued = await db.ProspectImports.Where(i => i.Id == batch.Id && i.Status == ImportRunStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, ImportRunStatus.Queued)
                .SetProperty(i => i.AuthorName, author)
                .SetProperty(i => i.TotalRows, total)
                .SetProperty(i => i.QueuedAtUtc, now), ct);
        return queued == 1;
    }

    /// <summary>Queued → back to <paramref name="status"/> (pending, or interrupted for a resume), when its job could not be queued.</summary>
    public Task<int> UnqueueAsync(int importId, ImportRunStatus status, CancellationToken ct) =>
        db.ProspectImports.Where(i => i.Id == importId && i.Status == ImportRunStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, status), ct);

    /// <summary>An interrupted (or failed) import goes back to the queue, to continue after its last committed chunk.</summary>
    public async Task<bool> RequeueAsync(int importId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - StaleAfter;
        var queued = await db.ProspectImports
            .Where(i => i.Id == importId && (i.Status == ImportRunStatus.Interrupted || i.Status == ImportRunStatus.Failed
                || (i.Status == ImportRunStatus.Running && (i.HeartbeatAtUtc == null || i.HeartbeatAtUtc < stale))))
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, ImportRunStatus.Queued)
                .SetProperty(i => i.RunToken, (string?)null)
                .SetProperty(i => i.QueuedAtUtc, now), ct);
        return queued == 1;
    }

    /// <summary>Takes a queued import for this run; null when it is not queued (already run, running, or interrupted since).</summary>
    public async Task<ImportRun?> ClaimAsync(int importId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid().ToString("N");
        var claimed = await db.ProspectImports.Where(i => i.Id == importId && i.Status == ImportRunStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, ImportRunStatus.Running)
                .SetProperty(i => i.RunToken, token)
                .SetProperty(i => i.StartedAtUtc, i => i.StartedAtUtc ?? now)
                .SetProperty(i => i.HeartbeatAtUtc, now), ct);
        if (claimed == 0)
        {
            return null;
        }
        var batch = await db.ProspectImports.AsNoTracking().FirstAsync(i => i.Id == importId, ct);
        var table = ProspectImportService.Table(batch);
        var rejections = JsonSerializer.Deserialize<List<ImportRejection>>(batch.RejectionsJson) ?? [];
        return new ImportRun(batch.Id, batch.WorkspaceId, token, batch.FileName, batch.AuthorName ?? "", table.Rows,
            ProspectImportService.Mapping(table, batch.MappingJson), rejections, batch.ProcessedRows);
    }

    /// <summary>
    /// Handles the next chunk of rows and commits it with the progress; once every row is handled, completes the import.
    /// True while rows remain; false when the import is complete or the run lost its claim (nothing of the chunk is kept).
    /// </summary>
    public async Task<bool> ProcessChunkAsync(ImportRun run, CancellationToken ct)
    {
        if (run.Processed >= run.Rows.Count)
        {
            await CompleteAsync(run, ct);
            return false;
        }
        var chunk = run.Rows.Skip(run.Processed).Take(ChunkSize).ToList();
        var evaluation = await imports.EvaluateRowsAsync(run.WorkspaceId, chunk, run.Mapping, run.InFile, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var prospects = new List<Prospect>(evaluation.Accepted.Count);
        foreach (var (_, value) in evaluation.Accepted)
        {
            var p = new Prospect { WorkspaceId = run.WorkspaceId, CreatedAtUtc = now };
            value.ApplyTo(p);
            if (value.Contact is not null)
            {
                p.Contacts.Add(value.Contact.ToContact(run.WorkspaceId));
            }
            p.RefreshSearchFields();
            prospects.Add(p);
        }
        var processed = run.Processed + chunk.Count;
        var rejections = run.Rejections.Concat(evaluation.Rejected).ToList();
        var rejectionsJson = JsonSerializer.Serialize(rejections);
        var created = prospects.Count;
        var rejected = evaluation.Rejected.Count;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var held = await db.ProspectImports.Where(i => i.Id == run.Id && i.Status == ImportRunStatus.Running && i.RunToken == run.Token)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.ProcessedRows, processed)
                .SetProperty(i => i.CreatedCount, i => i.CreatedCount + created)
                .SetProperty(i => i.RejectedCount, i => i.RejectedCount + rejected)
                .SetProperty(i => i.RejectionsJson, rejectionsJson)
                .SetProperty(i => i.HeartbeatAtUtc, now), ct);
        if (held == 0)
        {
            await transaction.RollbackAsync(ct);
            logger.LogWarning("Import {ImportId} : la tâche n'en a plus la main (interrompu puis repris ailleurs) ; elle s'arrête sans rien ajouter", run.Id);
            return false;
        }
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.Prospects.AddRange(prospects);
            await db.SaveChangesAsync(ct);
            db.ProspectNotes.AddRange(prospects.Select(p => new ProspectNote
            {
                WorkspaceId = p.WorkspaceId,
                ProspectId = p.Id,
                Kind = TimelineKind.Imported,
                Text = $"Fiche importée du fichier « {run.FileName} ».",
                AuthorName = run.Author,
                CreatedAtUtc = now,
            }));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }
        run.Processed = processed;
        run.Rejections.AddRange(evaluation.Rejected);
        return true;
    }

    /// <summary>
    /// Every row handled: the planner's statistics are refreshed and the WAL emptied first (the page shows the counts as
    /// soon as the import is complete), then the import is complete and its table (the file's content) no longer kept.
    /// </summary>
    private async Task CompleteAsync(ImportRun run, CancellationToken ct)
    {
        await Infrastructure.Data.DatabaseMaintenance.OptimizeAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.ProspectImports.Where(i => i.Id == run.Id && i.Status == ImportRunStatus.Running && i.RunToken == run.Token)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, ImportRunStatus.Completed)
                .SetProperty(i => i.TableJson, "")
                .SetProperty(i => i.FinishedAtUtc, now)
                .SetProperty(i => i.HeartbeatAtUtc, now), ct);
    }

    /// <summary>Stops a run that holds its claim (server shutdown, error): what was committed stays, the rest can be resumed.</summary>
    public async Task StopAsync(ImportRun run, ImportRunStatus status, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.ProspectImports.Where(i => i.Id == run.Id && i.Status == ImportRunStatus.Running && i.RunToken == run.Token)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, status)
                .SetProperty(i => i.FinishedAtUtc, now), ct);
    }

    /// <summary>At start: imports left running by a stopped server (stale heartbeat) are marked interrupted.</summary>
    public async Task<int> MarkInterruptedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - StaleAfter;
        // Run at start, outside any request: the system's scope sees every workspace's imports.
        return await db.ProspectImports
            .Where(i => i.Status == ImportRunStatus.Running && (i.HeartbeatAtUtc == null || i.HeartbeatAtUtc < stale))
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, ImportRunStatus.Interrupted)
                .SetProperty(i => i.FinishedAtUtc, now), ct);
    }
}
