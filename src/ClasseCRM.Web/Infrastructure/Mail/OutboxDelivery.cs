using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>
/// Queues the delivery of every message a save leaves pending — added to the outbox, put back in the queue by the
/// administrator, or given a later attempt after a failure — once the save is committed (at its next attempt's time
/// when it has one). A lost job is harmless: <see cref="DeliverPendingMailJob"/> delivers what is pending and due.
/// </summary>
public sealed class OutboxDelivery(IBackgroundJobClient jobs, TimeProvider clock) : ICommitFollower
{
    public Func<CancellationToken, Task>? Collect(DbContext context)
    {
        List<OutboxMessage>? pending = null;
        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>())
        {
            if (entry.Entity.Status == OutboxStatus.Pending
                && (entry.State == EntityState.Added
                    || (entry.State == EntityState.Modified
                        && (entry.Property(m => m.Status).IsModified || entry.Property(m => m.NextAttemptAtUtc).IsModified))))
            {
                (pending ??= []).Add(entry.Entity);
            }
        }
        return pending is null ? null : _ => Schedule(pending);
    }

    private Task Schedule(List<OutboxMessage> messages)
    {
        foreach (var message in messages)
        {
            var id = message.Id;
            var delay = message.NextAttemptAtUtc is { } next ? next - clock.GetUtcNow().UtcDateTime : TimeSpan.Zero;
            if (delay > TimeSpan.Zero)
            {
                jobs.Schedule<DeliverOutboxMessageJob>(job => job.RunAsync(id, CancellationToken.None), delay);
            }
            else
            {
                jobs.Enqueue<DeliverOutboxMessageJob>(job => job.RunAsync(id, CancellationToken.None));
            }
        }
        return Task.CompletedTask;
    }
}
