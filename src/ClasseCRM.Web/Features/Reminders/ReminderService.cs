using System.Security.Cryptography;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Hosting;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>
/// The reminders a user sees and handles: the list (overdue first), the week, done / snooze / cancel, reminders made by
/// hand, the mail preference and the calendar feed, and the class view of a teacher.
/// </summary>
public sealed class ReminderService(AppDbContext db, WorkspaceContext workspace, TimeProvider clock, IOptions<AppOptions> app)
{
    public const string ParisTimeZone = "Europe/Paris";

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ReminderListViewModel> ListAsync(int workspaceId, CancellationToken ct)
    {
        var open = await db.Reminders.AsNoTracking().Where(r => r.WorkspaceId == workspaceId && r.Status == ReminderStatus.Open)
            .OrderBy(r => r.DueAtUtc).ThenBy(r => r.Id).Take(500).ToListAsync(ct);
        var closed = await db.Reminders.AsNoTracking().Where(r => r.WorkspaceId == workspaceId && r.Status != ReminderStatus.Open)
            .OrderByDescending(r => r.ClosedAtUtc).ThenByDescending(r => r.Id).Take(20).ToListAsync(ct);
        var ids = open.Concat(closed).Select(r => r.ProspectId).OfType<int>().Distinct().ToList();
        var names = await db.Prospects.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return new ReminderListViewModel(workspaceId, workspace.CanWrite(workspaceId), open, closed, Now, names);
    }

    /// <summary>The most reminders the « Relances à venir » block of a page lists; the full list is /relances.</summary>
    public const int UpcomingSize = 20;

    /// <summary>
    /// The open reminders about one prospect, operation or order (overdue first, then by date), for the « Relances à venir »
    /// block of its page. The query filter keeps other workspaces out.
    /// </summary>
    public async Task<UpcomingRemindersViewModel> UpcomingAsync(int? prospectId, int? operationId, int? orderId, string back, CancellationToken ct)
    {
        var query = db.Reminders.AsNoTracking().Where(r => r.Status == ReminderStatus.Open);
        query = prospectId is { } p ? query.Where(r => r.ProspectId == p)
            : operationId is { } o ? query.Where(r => r.OperationId == o)
            : orderId is { } c ? query.Where(r => r.OrderId == c)
            : query.Where(r => false);
        var total = await query.CountAsync(ct);
        var list = await query.OrderBy(r => r.DueAtUtc).ThenBy(r => r.Id).Take(UpcomingSize).ToListAsync(ct);
        return new UpcomingRemindersViewModel(list, total, list.Count > 0 && workspace.CanWrite(list[0].WorkspaceId), Now, back);
    }

    /// <summary>How many open reminders are due now (the counter in the header).</summary>
    // The header's counter runs on every page: compiled once.
    private static readonly Func<AppDbContext, int, DateTime, CancellationToken, Task<int>> DueCount =
        EF.CompileAsyncQuery((AppDbContext db, int workspaceId, DateTime now, CancellationToken ct) =>
            db.Reminders.Count(r => r.WorkspaceId == workspaceId && r.Status == ReminderStatus.Open && r.DueAtUtc <= now));

    public Task<int> DueCountAsync(int workspaceId, CancellationToken ct) => DueCount(db, workspaceId, Now, ct);

    public async Task<ReminderWeekViewModel> WeekAsync(int workspaceId, DateOnly? anyDay, CancellationToken ct)
    {
        var day = anyDay ?? ParisTime.Day(Now);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var from = ParisTime.ToUtc(monday.ToDateTime(TimeOnly.MinValue));
        var to = ParisTime.ToUtc(monday.AddDays(7).ToDateTime(TimeOnly.MinValue));
        var reminders = await db.Reminders.AsNoTracking()
            .Where(r => r.WorkspaceId == workspaceId && r.Status == ReminderStatus.Open && r.DueAtUtc >= from && r.DueAtUtc < to)
            .OrderBy(r => r.DueAtUtc).ToListAsync(ct);
        var days = Enumerable.Range(0, 7).Select(i => monday.AddDays(i))
            .Select(d => (d, reminders.Where(r => ParisTime.Day(r.DueAtUtc) == d).ToList())).ToList();
        return new ReminderWeekViewModel(workspaceId, workspace.CanWrite(workspaceId), monday, days, Now);
    }

    /// <summary>A reminder made by hand; its links must be in the same workspace. Returns null when they are not.</summary>
    public async Task<int?> CreateAsync(int workspaceId, ReminderCreateViewModel m, CancellationToken ct)
    {
        if ((m.ProspectId is { } p && !await db.Prospects.AnyAsync(x => x.Id == p && x.WorkspaceId == workspaceId, ct))
            || (m.OperationId is { } o && !await db.Operations.AnyAsync(x => x.Id == o && x.WorkspaceId == workspaceId, ct))
            || (m.OrderId is { } c && !await db.Orders.AnyAsync(x => x.Id == c && x.WorkspaceId == workspaceId, ct)))
        {
            return null;
        }
        var reminder = new Reminder
        {
            WorkspaceId = workspaceId,
            Kind = ReminderKind.Manual,
            Title = m.Title!.Trim(),
            ProspectId = m.ProspectId,
            OperationId = m.OperationId,
            OrderId = m.OrderId,
            DueAtUtc = French.FromParis(m.DueAt!.Value),
            Status = ReminderStatus.Open,
            CreatedAtUtc = Now,
        };
        db.Reminders.Add(reminder);
        await db.SaveChangesAsync(ct);
        return reminder.Id;
    }

    /// <summary>
    /// A reminder made by hand for a time already past is not saved silently: the user confirms it (« Oui, cette date est
    /// passée »), e.g. to note a follow-up they forgot to plan.
    /// </summary>
    public bool NeedsPastConfirmation(ReminderCreateViewModel m) =>
        !m.PastConfirmed && m.DueAt is { } due && French.FromParis(due) < Now;

    public async Task<bool> CloseAsync(int workspaceId, int id, ReminderStatus status, CancellationToken ct)
    {
        var reminder = await db.Reminders.FirstOrDefaultAsync(r => r.Id == id && r.WorkspaceId == workspaceId && r.Status == ReminderStatus.Open, ct);
        if (reminder is null)
        {
            return false;
        }
        reminder.Status = status;
        reminder.ClosedAtUtc = Now;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Moves the reminder to a later time (+1 day, +1 week from now, or a date): it will fire again then.</summary>
    public async Task<Outcome> SnoozeAsync(int workspaceId, int id, ReminderSnoozeViewModel m, CancellationToken ct)
    {
        var reminder = await db.Reminders.FirstOrDefaultAsync(r => r.Id == id && r.WorkspaceId == workspaceId && r.Status == ReminderStatus.Open, ct);
        if (reminder is null)
        {
            return Outcome.NotFound;
        }
        var now = Now;
        DateTime? until = m.By switch
        {
            "1j" => now.AddDays(1),
            "1s" => now.AddDays(7),
            _ => m.Until is { } local ? French.FromParis(local) : null,
        };
        if (until is null)
        {
            return Outcome.Refused("Choisissez quand relancer : demain, dans une semaine ou une date.");
        }
        if (until <= now)
        {
            return Outcome.Refused("La nouvelle date doit être dans le futur.");
        }
        reminder.DueAtUtc = until.Value;
        reminder.FiredAtUtc = null;
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>The user's settings, with the feed's address built from App:PublicBaseUrl (never from the request's Host).</summary>
    public async Task<ReminderSettingsViewModel> SettingsAsync(string userId, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == userId, ct);
        if (user.CalendarToken is null)
        {
            user.CalendarToken = NewToken();
            await db.SaveChangesAsync(ct);
        }
        return new ReminderSettingsViewModel(user.RemindersByMail, !string.IsNullOrWhiteSpace(user.Email), app.Value.Absolute($"/relances/calendrier.ics?jeton={user.CalendarToken}"));
    }

    public async Task SetByMailAsync(string userId, bool byMail, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == userId, ct);
        user.RemindersByMail = byMail;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A new secret: the old feed address stops working at once.</summary>
    public async Task RenewTokenAsync(string userId, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == userId, ct);
        user.CalendarToken = NewToken();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The iCalendar feed of a token's owner: one VEVENT per open reminder of their workspaces, in Europe/Paris time
    /// with the zone's full rules (<see cref="ParisVTimeZone"/>), each with the absolute link (App:PublicBaseUrl) of what
    /// it concerns; null for an unknown token. Read outside any sign-in (calendar apps), so the workspaces come from the token's user.
    /// </summary>
    public async Task<string?> FeedAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length < 20)
        {
            return null;
        }
        var user = await db.Users.AsNoTracking().Where(u => u.CalendarToken == token).Select(u => new { u.Id }).FirstOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }
        var workspaces = db.WorkspaceMembers.IgnoreQueryFilters().Where(m => m.StudentId == user.Id).Select(m => m.WorkspaceId);
        var reminders = await db.Reminders.IgnoreQueryFilters().AsNoTracking()
            .Where(r => workspaces.Contains(r.WorkspaceId) && r.Status == ReminderStatus.Open)
            .OrderBy(r => r.DueAtUtc).Take(1000).ToListAsync(ct);
        var calendar = new Ical.Net.Calendar();
        calendar.AddProperty("X-WR-CALNAME", "ClasseCRM — relances");
        foreach (var r in reminders)
        {
            var start = new CalDateTime(French.ToParis(r.DueAtUtc), ParisTimeZone);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"relance-{r.Id}@classecrm",
                Summary = r.Title.StartsWith(ReminderLabels.Of(r.Kind), StringComparison.Ordinal) ? r.Title : $"{ReminderLabels.Of(r.Kind)} : {r.Title}",
                Description = (r.Details is null ? "" : r.Details + "\n") + app.Value.Absolute(r.Link),
                Start = start,
                End = start.AddMinutes(30),
            });
        }
        return ParisVTimeZone.InsertInto(new CalendarSerializer().SerializeToString(calendar)!);
    }

    /// <summary>Per workspace of a class the teacher teaches: overdue follow-ups and those of the next 7 days.</summary>
    public async Task<List<StudentFollowUps>> ClassFollowUpsAsync(int classId, CancellationToken ct)
    {
        var now = Now;
        var week = now.AddDays(7);
        var rows = await db.Workspaces.AsNoTracking().Where(w => w.ClassId == classId)
            .Select(w => new StudentFollowUps(w.Id, w.Name,
                db.Reminders.Count(r => r.WorkspaceId == w.Id && r.Status == ReminderStatus.Open && r.DueAtUtc < now),
                db.Reminders.Count(r => r.WorkspaceId == w.Id && r.Status == ReminderStatus.Open && r.DueAtUtc >= now && r.DueAtUtc < week),
                db.Reminders.Where(r => r.WorkspaceId == w.Id && r.Status == ReminderStatus.Open && r.DueAtUtc < now).Min(r => (DateTime?)r.DueAtUtc)))
            .ToListAsync(ct);
        // Students' names in French order (a class is a few dozen rows).
        return rows.OrderBy(r => r.Workspace, FrenchNameComparer.Instance).ThenBy(r => r.WorkspaceId).ToList();
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
