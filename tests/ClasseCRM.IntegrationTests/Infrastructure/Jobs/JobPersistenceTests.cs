using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Mail;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Infrastructure.Jobs;

/// <summary>Hangfire's storage is a real file: a job scheduled by one app instance runs in the next one.</summary>
public sealed class JobPersistenceTests
{
    [Fact]
    public async Task ScheduledJob_SurvivesARestart_AndRunsInTheNextApp()
    {
        var dir = Path.Combine(Path.GetTempPath(), "classecrm-tests", Guid.NewGuid().ToString("N"));
        int messageId;
        string jobId;

        // First app: no job server, so the delayed job can only live in App_Data/hangfire.db.
        using (var first = new TestApp(dir) { RunJobServer = false, DeleteOnDispose = false })
        {
            var workspace = await first.WorkspaceOfAsync("eleve10");
            await using var scope = first.Services.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
            var db = scope.ServiceProvider.GetRequiredService<ClasseCRM.Web.Data.AppDbContext>();
            var message = outbox.Add(new OutboxDraft(workspace, null, "Élève 10", "prospect@client.example", "Prospect", "Message différé", "Corps"));
            await db.SaveChangesAsync();
            messageId = message.Id;
            jobId = first.Jobs.Schedule<DeliverOutboxMessageJob>(job => job.RunAsync(messageId, CancellationToken.None), TimeSpan.FromSeconds(1));
        }

        using var second = new TestApp(dir);
        _ = second.Server; // start the app and its Hangfire server

        var storage = second.Services.GetRequiredService<JobStorage>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? state = null;
        while (DateTime.UtcNow < deadline)
        {
            state = storage.GetConnection().GetStateData(jobId)?.Name;
            if (state == "Succeeded")
            {
                break;
            }
            await Task.Delay(200);
        }

        Assert.Equal("Succeeded", state);
        var status = await second.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == messageId).Select(m => m.Status).SingleAsync());
        Assert.Equal(OutboxStatus.Sandboxed, status);
    }
}
