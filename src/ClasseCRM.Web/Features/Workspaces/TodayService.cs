using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Workspaces;

/// <summary>
/// « Aujourd'hui », the student's day, in Paris time on the application's clock: the open reminders due before the end
/// of today (call-backs agreed on the phone, RDV to prepare, quotes and mailings without answer, deliveries, payments,
/// loyalty contacts, reminders made by hand), the RDV agreed on the phone for today that still stand, and the visits
/// of the tour planned up to today without a compte rendu. Late first (a reminder due before now, a visit planned on an
/// earlier day), then today's, each in time order.
/// </summary>
public sealed class TodayService(AppDbContext db, TimeProvider clock)
{
    /// <summary>The most reminders the page lists; the rest are counted, with a link to /relances.</summary>
    public const int ReminderLimit = 50;

    /// <summary>The most visits or RDV the page lists.</summary>
    public const int EventLimit = 30;

    public async Task<TodayViewModel> ForAsync(int workspaceId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ParisTime.Day(now);
        var start = ParisTime.ToUtc(today.ToDateTime(TimeOnly.MinValue));
        var end = ParisTime.ToUtc(today.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var items = new List<TodayItem>();

        var due = db.Reminders.AsNoTracking().Where(r => r.WorkspaceId == workspaceId && r.Status == ReminderStatus.Open && r.DueAtUtc < end);
        var reminders = await due.OrderBy(r => r.DueAtUtc).ThenBy(r => r.Id).Take(ReminderLimit).ToListAsync(ct);
        var more = reminders.Count < ReminderLimit ? 0 : await due.CountAsync(ct) - reminders.Count;
        foreach (var r in reminders)
        {
            var late = r.DueAtUtc < now;
            items.Add(new TodayItem(ReminderLabels.Of(r.Kind), r.Title, r.Link, LinkText(r.Kind), When(r.DueAtUtc, today), r.DueAtUtc, late, r.Id, r.Details));
        }

        // An RDV agreed on the phone stands while no later call to that prospect in that operation replaced it.
        var appointments = await (
                from c in db.CallLogs.AsNoTracking()
                join p in db.Prospects on c.ProspectId equals p.Id
                where c.WorkspaceId == workspaceId && c.Outcome == CallOutcome.AppointmentMade
                    && c.FollowUpAtUtc >= start && c.FollowUpAtUtc < end
                    && !db.CallLogs.Any(l => l.OperationId == c.OperationId && l.ProspectId == c.ProspectId && l.Id > c.Id)
                orderby c.FollowUpAtUtc, c.Id
                select new { c.ProspectId, p.Name, At = c.FollowUpAtUtc!.Value })
            .Take(EventLimit).ToListAsync(ct);
        items.AddRange(appointments.Select(a => new TodayItem("RDV", $"Rendez-vous avec {a.Name}", $"/prospects/{a.ProspectId}", "Ouvrir la fiche",
            When(a.At, today), a.At, false)));

        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.WorkspaceId == workspaceId && v.PlannedOn != null && v.PlannedOn <= today && v.ReportedAtUtc == null)
            .OrderBy(v => v.PlannedOn).ThenBy(v => v.RouteOrder).ThenBy(v => v.Id)
            .Select(v => new { v.Id, v.OperationId, Prospect = v.Prospect!.Name, Day = v.PlannedOn!.Value, v.RouteOrder })
            .Take(EventLimit).ToListAsync(ct);
        items.AddRange(visits.Select(v => new TodayItem("Visite", $"Visite chez {v.Prospect}", $"/operations/{v.OperationId}/visites/{v.Id}", "Écrire le compte rendu",
            v.Day == today ? $"aujourd'hui, visite n° {v.RouteOrder}" : $"prévue le {v.Day:dd/MM/yyyy}",
            // Visits have a rank in the day's round, no hour: today's come first of the day, in route order.
            ParisTime.ToUtc(v.Day.ToDateTime(TimeOnly.MinValue)).AddMinutes(v.RouteOrder), v.Day < today)));

        var ordered = items.OrderBy(i => i.SortKeyUtc).ThenBy(i => i.Title, StringComparer.Ordinal).ToList();
        return new TodayViewModel(ordered.Where(i => i.IsLate).ToList(), ordered.Where(i => !i.IsLate).ToList(), more);
    }

    private static string When(DateTime utc, DateOnly today) =>
        ParisTime.Day(utc) == today ? "aujourd'hui à " + French.ToParis(utc).ToString("HH:mm", French.Culture) : French.Timestamp(utc);

    private static string LinkText(ReminderKind kind) => kind switch
    {
        ReminderKind.CallBack => "Rappeler",
        ReminderKind.QuoteNoAnswer or ReminderKind.DeliveryCheck or ReminderKind.Installation or ReminderKind.PaymentDue
            or ReminderKind.PaymentOverdue or ReminderKind.SatisfactionCall => "Ouvrir la commande",
        _ => "Ouvrir",
    };
}
