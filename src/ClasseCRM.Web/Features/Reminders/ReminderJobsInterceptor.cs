using System.Runtime.CompilerServices;
using ClasseCRM.Web.Domain.Reminders;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>
/// Keeps Hangfire in step with the reminders, in one place: when a reminder is added, or its date or status changes,
/// the old delayed job is deleted and, if the reminder is open, a new one is scheduled for its due time. A job that
/// is lost anyway (a crash between the two) is harmless: <see cref="FireReminderJob"/> checks the row, and the sweep
/// fires what no job fired. One instance serves every context (so the contexts' options are built once); what a save
/// has to schedule is kept per context. The job storage is bookkeeping too: when it is busy (the reminder's own job
/// running at the moment the student closes it), the student's save stands and the sweep covers the job.
/// </summary>
public sealed class ReminderJobsInterceptor(IBackgroundJobClient jobs, TimeProvider clock, ILogger<ReminderJobsInterceptor> logger) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<(Reminder Reminder, string? OldJobId)>> _pendingByContext = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await ScheduleAsync(eventData.Context, cancellationToken);
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _pendingByContext.Remove(context);
        }
        base.SaveChangesFailed(eventData);
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        _pendingByContext.Remove(context);
        List<(Reminder Reminder, string? OldJobId)>? pending = null;
        foreach (var entry in context.ChangeTracker.Entries<Reminder>())
        {
            if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && Changed(entry)))
            {
                pending ??= _pendingByContext.GetValue(context, _ => []);
                pending.Add((entry.Entity, entry.State == EntityState.Added ? null : entry.Entity.JobId));
            }
        }
    }

    private static bool Changed(EntityEntry<Reminder> entry) =>
        entry.Property(r => r.DueAtUtc).IsModified || entry.Property(r => r.Status).IsModified;

    private async Task ScheduleAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null || !_pendingByContext.TryGetValue(context, out var work))
        {
            return;
        }
        _pendingByContext.Remove(context);
        foreach (var (reminder, oldJobId) in work)
        {
            var jobId = Reschedule(reminder, oldJobId);
            reminder.JobId = jobId;
            // Bookkeeping only: written without a second SaveChanges (which would come back here).
            await context.Database.ExecuteSqlInterpolatedAsync($"UPDATE Reminders SET JobId = {jobId} WHERE Id = {reminder.Id}", ct);
            context.Entry(reminder).Property(r => r.JobId).IsModified = false;
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
            logger.LogWarning(ex, "Relance {ReminderId} : la file des tâches n'a pas pu être mise à jour ; le balayage la reprendra", reminder.Id);
            return reminder.Status == ReminderStatus.Open ? null : oldJobId;
        }
    }
}
