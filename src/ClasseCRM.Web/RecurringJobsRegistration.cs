using ClasseCRM.Web.Features.Reminders;
using ClasseCRM.Web.Infrastructure.Mail;
using Hangfire;

namespace ClasseCRM.Web;

/// <summary>
/// Registers the recurring jobs at start (idempotent: AddOrUpdate), and queues one reminder sweep: what fell due while
/// the server was down fires as soon as it is back.
/// </summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager recurring, IBackgroundJobClient jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<DeliverPendingMailJob>(DeliverPendingMailJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        recurring.AddOrUpdate<SweepRemindersJob>(SweepRemindersJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
        recurring.AddOrUpdate<DailyDigestJob>(DailyDigestJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            DailyDigestJob.Cron, new RecurringJobOptions { TimeZone = Domain.ParisTime.Zone });
        jobs.Enqueue<SweepRemindersJob>(job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
