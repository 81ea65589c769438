using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>
/// Recurring sweep: delivers every pending message that is due and that no job delivered (a lost enqueue, a server
/// that was down). Safe to run beside the delivery jobs: each message is claimed before it is sent.
/// </summary>
public sealed class DeliverPendingMailJob(AppDbContext db, DeliverOutboxMessageJob deliver, TimeProvider clock)
{
    public const string RecurringId = "courriels-en-attente";

    [System.ComponentModel.DisplayName("Courriels : envoyer les messages en attente")]
    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(200)
            .ToListAsync(ct);
        foreach (var id in due)
        {
            await deliver.RunAsync(id, ct);
        }
    }
}
