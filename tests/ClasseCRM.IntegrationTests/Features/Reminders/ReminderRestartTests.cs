using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Features.Reminders;

/// <summary>
/// Reminders survive restarts: they are rows, their jobs live in the Hangfire file, and the sweep queued at start fires
/// what fell due while the server was down — once, with one mail.
/// </summary>
public sealed class ReminderRestartTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Creates a reminder of eleve10's workspace in a first app without job server, then disposes it.</summary>
    private static async Task<int> CreateInFirstAppAsync(string dir, DateTime dueUtc)
    {
        using var first = new TestApp(dir) { RunJobServer = false, DeleteOnDispose = false, Clock = new FakeTimeProvider(T0) };
        var ws = await first.WorkspaceOfAsync("eleve10");
        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == "eleve10");
        user.Email = "eleve10@lycee-demo.example";
        user.RemindersByMail = true;
        await scope.ServiceProvider.GetRequiredService<ReminderPlanner>()
            .UpsertAsync(new ReminderRequest(ws, "test:restart", ReminderKind.Manual, dueUtc, "Relance qui doit survivre"), CancellationToken.None);
        await db.SaveChangesAsync();
        return await db.Reminders.Where(r => r.SourceKey == "test:restart").Select(r => r.Id).SingleAsync();
    }

    private static async Task<DateTime?> WaitForFiringAsync(TestApp app, int id)
    {
        _ = app.Server; // start the app and its Hangfire server
        var deadline = DateTime.UtcNow.AddSeconds(60);
        DateTime? fired = null;
        while (DateTime.UtcNow < deadline && fired is null)
        {
            fired = await app.WithDbAsync(db => db.Reminders.Where(r => r.Id == id).Select(r => r.FiredAtUtc).SingleAsync());
            if (fired is null)
            {
                await Task.Delay(200);
            }
        }
        return fired;
    }

    [Fact]
    public async Task ScheduledReminder_FiresOnceInTheNextApp()
    {
        var dir = Path.Combine(Path.GetTempPath(), "classecrm-tests", Guid.NewGuid().ToString("N"));
        var id = await CreateInFirstAppAsync(dir, T0.UtcDateTime.AddMinutes(-1));

        using var second = new TestApp(dir) { Clock = new FakeTimeProvider(T0.AddMinutes(1)) };
        var fired = await WaitForFiringAsync(second, id);

        Assert.NotNull(fired);
        // The delayed job, the sweep at start and another sweep: still one notification and one mail.
        await second.RunAsync<SweepRemindersJob>(job => job.RunAsync(CancellationToken.None));
        await second.RunAsync<FireReminderJob>(job => job.RunAsync(id, CancellationToken.None));
        Assert.Equal(fired, await second.WithDbAsync(db => db.Reminders.Where(r => r.Id == id).Select(r => r.FiredAtUtc).SingleAsync()));
        Assert.Equal(1, await second.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject == "Relance : Relance qui doit survivre")));

        // The digest is a recurring job at 07:30 in the Paris time zone (Hangfire keeps the hour across DST changes).
        var recurring = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(second.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection());
        var digest = recurring.Single(j => j.Id == DailyDigestJob.RecurringId);
        Assert.Equal(("30 7 * * *", "Europe/Paris"), (digest.Cron, digest.TimeZoneId));
        Assert.Equal(ReminderTimes.NextDigestUtc(DateTime.UtcNow.AddMinutes(-1)), digest.NextExecution);
        Assert.Contains(recurring, j => j.Id == SweepRemindersJob.RecurringId && j.Cron == "*/5 * * * *");
    }

    [Fact]
    public async Task ServerDownPastTheDueTime_TheSweepAtStartFiresItOnce()
    {
        var dir = Path.Combine(Path.GetTempPath(), "classecrm-tests", Guid.NewGuid().ToString("N"));
        // Due in 2 hours: its delayed job is far in the future; the server then stays down 3 hours.
        var id = await CreateInFirstAppAsync(dir, T0.UtcDateTime.AddHours(2));

        using var second = new TestApp(dir) { Clock = new FakeTimeProvider(T0.AddHours(3)) };
        var fired = await WaitForFiringAsync(second, id);

        Assert.Equal(T0.UtcDateTime.AddHours(3), fired);
        await second.RunAsync<SweepRemindersJob>(job => job.RunAsync(CancellationToken.None));
        Assert.Equal(1, await second.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject == "Relance : Relance qui doit survivre")));
    }
}
