using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Features.Reminders;
using ClasseCRM.Web.Infrastructure.Mail;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Infrastructure.Data;

/// <summary>
/// One « enqueue after commit » idiom for mail and reminders: their Hangfire jobs are queued once the rows are
/// committed, never for rows a transaction rolled back, and without any call from the feature that saved them.
/// </summary>
public sealed class AfterCommitTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private List<int> FireReminderJobsQueued() =>
        app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 10_000)
            .Where(j => j.Value.Job?.Type == typeof(FireReminderJob)).Select(j => (int)j.Value.Job.Args[0]).ToList();

    private List<int> DeliveriesQueued() =>
        app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 10_000)
            .Where(j => j.Value.Job?.Type == typeof(DeliverOutboxMessageJob)).Select(j => (int)j.Value.Job.Args[0]).ToList();

    private async Task<Reminder> NewReminderAsync(AppDbContext db, string key) =>
        (await db.Reminders.AddAsync(new Reminder
        {
            WorkspaceId = await app.WorkspaceOfAsync("eleve5"),
            SourceKey = key,
            Kind = ReminderKind.Manual,
            Title = "Rappeler le client",
            DueAtUtc = new DateTime(2026, 12, 10, 8, 0, 0),
            Status = ReminderStatus.Open,
            CreatedAtUtc = new DateTime(2026, 11, 24, 9, 30, 0),
        })).Entity;

    [Fact]
    public async Task ReminderSavedInATransaction_IsScheduledAtTheCommit_WithItsJobIdStored()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var reminder = await NewReminderAsync(db, "test:commit");
        await db.SaveChangesAsync();

        Assert.DoesNotContain(reminder.Id, FireReminderJobsQueued());
        await transaction.CommitAsync();

        Assert.Contains(reminder.Id, FireReminderJobsQueued());
        var stored = await app.WithDbAsync(d => d.Reminders.Where(r => r.Id == reminder.Id).Select(r => r.JobId).SingleAsync());
        Assert.NotNull(stored);
        Assert.Equal("Scheduled", app.Services.GetRequiredService<JobStorage>().GetConnection().GetStateData(stored!)!.Name);
    }

    [Fact]
    public async Task ReminderRolledBack_IsNeverScheduled()
    {
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var reminder = await NewReminderAsync(db, "test:rollback");
            await db.SaveChangesAsync();
            id = reminder.Id;
            await transaction.RollbackAsync();
        }

        Assert.False(await app.WithDbAsync(d => d.Reminders.AnyAsync(r => r.Id == id)));
        Assert.DoesNotContain(id, FireReminderJobsQueued());
    }

    [Fact]
    public async Task MailAddedToTheOutbox_IsQueuedByTheSaveAlone_AndNotAfterARollback()
    {
        var workspace = await app.WorkspaceOfAsync("eleve5");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();

        var saved = outbox.Add(new OutboxDraft(workspace, null, "Élève 5", "client@entreprise.example", "Client", "Offre", "Corps"));
        await db.SaveChangesAsync();
        Assert.Contains(saved.Id, DeliveriesQueued());

        await using var transaction = await db.Database.BeginTransactionAsync();
        var rolledBack = outbox.Add(new OutboxDraft(workspace, null, "Élève 5", "autre@entreprise.example", "Autre", "Offre", "Corps"));
        await db.SaveChangesAsync();
        Assert.DoesNotContain(rolledBack.Id, DeliveriesQueued());
        await transaction.RollbackAsync();
        Assert.DoesNotContain(rolledBack.Id, DeliveriesQueued());
    }
}
