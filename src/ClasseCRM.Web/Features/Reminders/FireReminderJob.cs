using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Mail;
using ClasseCRM.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>
/// Fires one reminder when it is due: marks it fired (the in-app notification) and, for each member of the workspace
/// who chose it, puts one mail in the outbox. Idempotent: the "fired" mark is set by one conditional UPDATE, so a job
/// run twice, or a job and the sweep together, fire it once; the mail's Message-Id is derived from the reminder and
/// its due time, so the outbox never holds it twice.
/// </summary>
public sealed class FireReminderJob(AppDbContext db, Outbox outbox, TimeProvider clock, IOptions<AppOptions> app, ILogger<FireReminderJob> logger)
{
    [System.ComponentModel.DisplayName("Relance n° {0} : la signaler à l'heure prévue")]
    public async Task RunAsync(int reminderId, CancellationToken ct)
    {
        if (await FireAsync(reminderId, ct))
        {
            logger.LogInformation("Relance {ReminderId} déclenchée", reminderId);
        }
    }

    /// <summary>True when this call fired the reminder; false when it was not due, closed, or already fired.</summary>
    public async Task<bool> FireAsync(int reminderId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var fired = await db.Reminders
            .Where(r => r.Id == reminderId && r.Status == ReminderStatus.Open && r.FiredAtUtc == null && r.DueAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FiredAtUtc, now), ct);
        if (fired == 0)
        {
            return false;
        }
        var reminder = await db.Reminders.AsNoTracking().FirstAsync(r => r.Id == reminderId, ct);
        var recipients = await db.WorkspaceMembers
            .Where(m => m.WorkspaceId == reminder.WorkspaceId && m.Student!.RemindersByMail && m.Student.Email != null)
            .Select(m => new { m.StudentId, m.Student!.Email, Name = m.Student.FirstName + " " + m.Student.LastName, m.Student.SchoolId })
            .ToListAsync(ct);
        foreach (var r in recipients)
        {
            var messageId = $"relance-{reminder.Id}-{reminder.DueAtUtc.Ticks}-{r.StudentId}";
            if (await outbox.ContainsAsync(messageId, ct))
            {
                continue;
            }
            outbox.Add(new OutboxDraft(reminder.WorkspaceId, null, "", r.Email!, r.Name,
                $"Relance : {reminder.Title}",
                $"Bonjour {r.Name},\n\n{ReminderLabels.Of(reminder.Kind)} — {reminder.Title}\nÉchéance : {French.Timestamp(reminder.DueAtUtc)}\n"
                + (reminder.Details is { } d ? $"\n{d}\n" : "") + $"\nÀ voir dans ClasseCRM : {app.Value.Absolute(reminder.Link)}\n",
                MessageId: messageId, SchoolId: r.SchoolId));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
