using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>
/// The safety net, every few minutes and once at start: fires every open reminder that is due and that no job fired
/// (the server was down at its time, a job was lost). Firing is idempotent, so running beside the delayed jobs is harmless.
/// </summary>
public sealed class SweepRemindersJob(AppDbContext db, FireReminderJob fire, TimeProvider clock)
{
    public const string RecurringId = "relances-rattrapage";

    [System.ComponentModel.DisplayName("Relances : rattraper les relances échues")]
    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Reminders.Where(r => r.Status == ReminderStatus.Open && r.FiredAtUtc == null && r.DueAtUtc <= now)
            .OrderBy(r => r.DueAtUtc).Select(r => r.Id).Take(1000).ToListAsync(ct);
        foreach (var id in due)
        {
            await fire.FireAsync(id, ct);
        }
    }
}
