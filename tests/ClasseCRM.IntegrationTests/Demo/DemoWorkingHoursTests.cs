using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Demo;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Demo;

/// <summary>
/// The demo school reads like a sales rep's weeks whatever the moment it is seeded (the app's TimeProvider): every call,
/// call-back, RDV, visit, loyalty call and reminder is on a working day (Monday–Friday, no public holiday) in working hours,
/// Paris time (09:00–12:00, 14:00–18:00); calls are in the past, an RDV and reminders are still to come and some are
/// late; no reminder title says « demain » (eleve1's rétroagir row copies one).
/// </summary>
public sealed class DemoWorkingHoursTests
{
    public static TheoryData<string> Moments() => new()
    {
        "2026-11-24T10:30:00+01:00",   // a Tuesday morning (the clock of FixedClockApp)
        "2026-11-29T02:00:00+01:00",   // a Sunday night
        "2026-05-08T19:45:00+02:00",   // a public holiday (a Friday) in the evening, summer time
    };

    [Theory]
    [MemberData(nameof(Moments))]
    public async Task DemoSeededAt_EveryEventOnAWorkingDayInWorkingHours(string moment)
    {
        var now = DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture);
        using var app = new TestApp { Clock = new FakeTimeProvider(now), RunJobServer = false };
        await app.InitializeAsync();
        var nowUtc = now.UtcDateTime;

        var calls = await app.WithDbAsync(db => db.CallLogs.Select(c => new { c.CalledAtUtc, c.FollowUpAtUtc, c.Outcome }).ToListAsync());
        var visits = await app.WithDbAsync(db => db.Visits.Select(v => new { v.PlannedOn, v.VisitedOn, v.NextStepOn }).ToListAsync());
        var reminders = await app.WithDbAsync(db => db.Reminders.IgnoreQueryFilters().Select(r => new { r.DueAtUtc, r.Title, r.Status }).ToListAsync());
        var loyalty = await app.WithDbAsync(db => db.LoyaltyActions.IgnoreQueryFilters().Select(a => new { a.PlannedOn, a.DoneOn }).ToListAsync());

        Assert.True(calls.Count > 100, $"{calls.Count} appels");
        Assert.All(calls, c => AssertWorkingTime(c.CalledAtUtc, "appel"));
        Assert.All(calls, c => Assert.True(c.CalledAtUtc < nowUtc, $"appel à venir : {ParisTime.FromUtc(c.CalledAtUtc):dddd dd/MM/yyyy HH:mm}"));
        var agreed = calls.Where(c => c.FollowUpAtUtc is not null).ToList();
        Assert.NotEmpty(agreed);
        Assert.All(agreed, c => AssertWorkingTime(c.FollowUpAtUtc!.Value, c.Outcome == Web.Domain.Figures.CallOutcome.AppointmentMade ? "RDV" : "rappel"));
        Assert.Contains(agreed, c => c.Outcome == Web.Domain.Figures.CallOutcome.AppointmentMade && c.FollowUpAtUtc > nowUtc);
        Assert.Contains(agreed, c => c.Outcome == Web.Domain.Figures.CallOutcome.AppointmentMade && c.FollowUpAtUtc < nowUtc);

        Assert.True(visits.Count > 50, $"{visits.Count} visites");
        Assert.All(visits.SelectMany(v => new[] { v.PlannedOn, v.VisitedOn, v.NextStepOn }).OfType<DateOnly>(), day => AssertWorkingDay(day, "visite"));
        Assert.Contains(visits, v => v.VisitedOn is not null);

        Assert.True(reminders.Count > 50, $"{reminders.Count} relances");
        Assert.All(reminders, r => AssertWorkingTime(r.DueAtUtc, $"relance « {r.Title} »"));
        Assert.All(reminders, r => Assert.DoesNotContain("demain", r.Title, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(reminders, r => r.Status == Web.Domain.Reminders.ReminderStatus.Open && r.DueAtUtc < nowUtc);
        Assert.Contains(reminders, r => r.Status == Web.Domain.Reminders.ReminderStatus.Open && r.DueAtUtc > nowUtc);

        Assert.NotEmpty(loyalty);
        Assert.All(loyalty.SelectMany(a => new[] { a.PlannedOn, a.DoneOn }).OfType<DateOnly>(), day => AssertWorkingDay(day, "fidélisation"));

        var rows = await app.WithDbAsync(db => db.Syntheses.IgnoreQueryFilters()
            .Where(s => s.Workspace!.Members.Any(m => m.Student!.UserName == "eleve1")).Select(s => s.ActionRowsJson ?? "").FirstAsync());
        Assert.DoesNotContain("demain", rows, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"\d\d/\d\d/\d{4}", rows);
    }

    private static void AssertWorkingTime(DateTime utc, string what) =>
        Assert.True(DemoCalendar.IsWorkingTime(utc), $"{what} : {ParisTime.FromUtc(utc).ToString("dddd dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} (heure de Paris)");

    private static void AssertWorkingDay(DateOnly day, string what) =>
        Assert.True(DemoCalendar.IsWorkingDay(day), $"{what} : {day.ToString("dddd dd/MM/yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))}");
}
