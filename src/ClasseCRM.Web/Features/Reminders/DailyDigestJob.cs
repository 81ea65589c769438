using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Loyalty;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>
/// Every day at 07:30 Europe/Paris (a Hangfire recurring job in the Paris time zone, so the hour holds across
/// daylight-saving changes): first the daily rules — customers due for their periodic contact (A/B/C frequency of the
/// class) and prospects reaching 3 years without contact (RGPD) — then one digest mail per user who chose mail, with
/// what is due today and what is late. The digest's Message-Id names the user and the day: sent once a day at most.
/// </summary>
public sealed class DailyDigestJob(AppDbContext db, ReminderPlanner planner, Outbox outbox, TimeProvider clock)
{
    public const string RecurringId = "relances-resume-quotidien";
    public const string Cron = "30 7 * * *";

    [System.ComponentModel.DisplayName("Relances : règles du jour et résumé de 7 h 30")]
    public async Task RunAsync(CancellationToken ct)
    {
        await ApplyDailyRulesAsync(ct);
        await SendDigestsAsync(ct);
    }

    /// <summary>Periodic contact of customers (A/B/C) and the RGPD 3-year limit, one reminder per source.</summary>
    public async Task ApplyDailyRulesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ParisTime.Day(now);
        var workspaces = await db.Workspaces.Where(w => !w.Class!.IsArchived).Select(w => new { w.Id, w.Class }).ToListAsync(ct);
        foreach (var w in workspaces)
        {
            foreach (var c in await Loyalty.CustomerFollowUp.ForWorkspaceAsync(db, w.Id, w.Class!, today, ct))
            {
                if (c.Due)
                {
                    var s = c.Segment;
                    var last = c.NextContactOn.AddDays(-c.FrequencyDays);
                    await planner.UpsertAsync(new ReminderRequest(w.Id, $"contact:{s.ProspectId}:{c.NextContactOn:yyyyMMdd}", ReminderKind.PeriodicContact, ReminderTimes.MorningOf(c.NextContactOn),
                        ReminderTexts.PeriodicContact(c.Name, $"{s.Class}", c.FrequencyDays), ProspectId: s.ProspectId,
                        Details: $"Dernier contact le {last:dd/MM/yyyy} ; fréquence conseillée pour un client {s.Class} : tous les {c.FrequencyDays} jours."), ct);
                }
            }
            var limit = Prospect.RetentionLimit(now);
            var old = await db.Prospects.Where(p => p.WorkspaceId == w.Id && !p.IsAnonymised && (p.LastContactAtUtc ?? p.CreatedAtUtc) < limit)
                .Select(p => new { p.Id, p.Name }).Take(200).ToListAsync(ct);
            foreach (var p in old)
            {
                await planner.UpsertAsync(new ReminderRequest(w.Id, $"rgpd:{p.Id}", ReminderKind.DataRetention, ReminderTimes.MorningOf(today),
                    ReminderTexts.DataRetention(p.Name), ProspectId: p.Id,
                    Details: "Les données d'un prospect se gardent 3 ans après le dernier contact : redemandez son accord ou effacez la fiche."), ct);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task SendDigestsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ParisTime.Day(now);
        var endOfToday = ParisTime.ToUtc(today.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var users = await db.WorkspaceMembers.Where(m => m.Student!.RemindersByMail && m.Student.Email != null)
            .Select(m => new { m.StudentId, m.WorkspaceId, m.Student!.Email, Name = m.Student.FirstName + " " + m.Student.LastName, m.Student.SchoolId }).ToListAsync(ct);
        foreach (var user in users.GroupBy(u => u.StudentId))
        {
            var first = user.First();
            var messageId = $"resume-{first.StudentId}-{today:yyyyMMdd}";
            if (await outbox.ContainsAsync(messageId, ct))
            {
                continue;
            }
            var workspaceIds = user.Select(u => u.WorkspaceId).ToList();
            var due = await db.Reminders.AsNoTracking().Where(r => workspaceIds.Contains(r.WorkspaceId) && r.Status == ReminderStatus.Open && r.DueAtUtc < endOfToday)
                .OrderBy(r => r.DueAtUtc).ToListAsync(ct);
            if (due.Count == 0)
            {
                continue;
            }
            var body = DigestText(first.Name, today, due);
            outbox.Add(new OutboxDraft(first.WorkspaceId, null, "", first.Email!, first.Name,
                $"Vos relances du {today.ToString("dddd d MMMM", French.Culture)} : {due.Count}", body, MessageId: messageId, SchoolId: first.SchoolId));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The digest: late reminders first (with their due date), then today's.</summary>
    public static string DigestText(string name, DateOnly today, IReadOnlyList<Reminder> due)
    {
        var startOfToday = ParisTime.ToUtc(today.ToDateTime(TimeOnly.MinValue));
        var late = due.Where(r => r.DueAtUtc < startOfToday).ToList();
        var todays = due.Where(r => r.DueAtUtc >= startOfToday).ToList();
        var lines = new List<string> { $"Bonjour {name},", "" };
        if (late.Count > 0)
        {
            lines.Add($"En retard ({late.Count}) :");
            lines.AddRange(late.Select(r => $"- {r.Title} (prévu le {French.Date(r.DueAtUtc)})"));
            lines.Add("");
        }
        if (todays.Count > 0)
        {
            lines.Add($"Aujourd'hui ({todays.Count}) :");
            lines.AddRange(todays.Select(r => $"- {French.Timestamp(r.DueAtUtc)[11..]} {r.Title}"));
            lines.Add("");
        }
        lines.Add("Toutes vos relances : /relances");
        return string.Join('\n', lines);
    }
}
