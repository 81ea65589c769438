using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Infrastructure.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>
/// Keeps Hangfire in step with the reminders, in one place: when a reminder is added, or its date or status changes,
/// once the change is committed the old delayed job is deleted and, if the reminder is open, a new one is scheduled for
/// its due time. A job that is lost anyway (a crash between the two) is harmless: <see cref="FireReminderJob"/> checks
/// the row, and the sweep fires what no job fired. The job storage is bookkeeping too: when it is busy (the reminder's
/// own job running at the moment the student closes it), the student's save stands and the sweep covers the job.
/// </summary>
public sealed class ReminderJobs(IBackgroundJobClient jobs, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReminderJobs> logger) : ICommitFollower
{
    public Func<CancellationToken, Task>? Collect(DbContext context)
    {
        List<(EntityEntry<Reminder> Entry, string? OldJobId)>? changed = null;
        foreach (var entry in context.ChangeTracker.Entries<Reminder>())
        {
            if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && Changed(entry)))
            {
                (changed ??= []).Add((entry, entry.State == EntityState.Added ? null : entry.Entity.JobId));
            }
        }
        return changed is null ? null : ct => ScheduleAsync(changed, ct);
    }

    private static bool Changed(EntityEntry<Reminder> entry) =>
        entry.Property(r => r.DueAtUtc).IsModified || entry.Property(r => r.Status).IsModified;

    private async Task ScheduleAsync(List<(EntityEntry<Reminder> Entry, string? OldJobId)> changed, CancellationToken ct)
    {
        // The saving context may still hold its finished transaction: the job ids are written by a context of their own.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (entry, oldJobId) in changed)
        {
            var reminder = entry.Entity;
            var jobId = Reschedule(reminder, oldJobId);
            // Bookkeeping of a row this save has just written: no access filter to apply, and no save to come back here.
            await db.Reminders.IgnoreQueryFilters().Where(r => r.Id == reminder.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.JobId, jobId), ct);
            reminder.JobId = jobId;
            if (entry.State != EntityState.Detached)
            {
                entry.Property(r => r.JobId).IsModified = false;
            }
        }
    }

    /// <summary>
    /// Deletes the old job and schedules the new one; a job storage failure is logged, never thrown at the student's
    /// save: a closed reminder's leftover job finds it closed and does nothing, an open one without a job is fired by
    /// the sweep (every 5 minutes).
    /// </summary>
    private string? Reschedule(Reminder reminder, string? oldJobId)
    {
        try
        {
            if (oldJobId is not null)
            {
                jobs.Delete(oldJobId);
            }
            if (reminder.Status != ReminderStatus.Open)
            {
                return null;
            }
            var delay = reminder.DueAtUtc - clock.GetUtcNow().UtcDateTime;
            var id = reminder.Id;
            return jobs.Schedule<FireReminderJob>(job => job.RunAsync(id, CancellationToken.None), delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Relance {ReminderId} : la file des tâches n'a pas pu être mise à jour ; le balayage la reprendra", reminder.Id);
            return reminder.Status == ReminderStatus.Open ? null : oldJobId;
        }
    }
}
