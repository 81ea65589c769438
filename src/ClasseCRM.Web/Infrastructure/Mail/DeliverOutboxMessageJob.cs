using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>
/// Delivers one outbox message: kept in the class mailbox (Sandbox) or sent by SMTP (Smtp). Idempotent: the message is
/// claimed with a conditional update first, so a second run (or the sweep at the same time) does nothing. A failure is
/// recorded with its reason and retried with a doubling delay, up to <see cref="MailOptions.MaxAttempts"/>.
/// </summary>
public sealed class DeliverOutboxMessageJob(
    AppDbContext db,
    IMailTransport transport,
    IOptionsMonitor<MailOptions> options,
    TimeProvider clock,
    ILogger<DeliverOutboxMessageJob> logger)
{
    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);

    [AutomaticRetry(Attempts = 0)]
    [System.ComponentModel.DisplayName("Courriel n° {0} : l'envoyer")]
    public async Task RunAsync(int outboxMessageId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lockUntil = now + ClaimDuration;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == outboxMessageId
                && m.Status == OutboxStatus.Pending
                && (m.LockedUntilUtc == null || m.LockedUntilUtc < now)
                && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilUtc, lockUntil), ct);
        if (claimed == 0)
        {
            return;
        }

        var message = await db.OutboxMessages.SingleAsync(m => m.Id == outboxMessageId, ct);
        var o = options.CurrentValue;
        message.Attempts++;
        try
        {
            if (o.Mode == MailMode.Sandbox)
            {
                message.Status = OutboxStatus.Sandboxed;
            }
            else
            {
                using var stream = new MemoryStream(message.Mime);
                var mime = await MimeMessage.LoadAsync(stream, ct);
                await transport.SendAsync(mime, ct);
                message.Status = OutboxStatus.Sent;
                logger.LogInformation("Message {OutboxMessageId} envoyé par SMTP (tentative {Attempt}).", message.Id, message.Attempts);
            }
            message.DeliveredAtUtc = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
            message.NextAttemptAtUtc = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.LastError = Truncate(ex.Message, 1000);
            if (message.Attempts >= o.MaxAttempts)
            {
                message.Status = OutboxStatus.Failed;
                message.NextAttemptAtUtc = null;
                logger.LogWarning("Message {OutboxMessageId} en échec définitif après {Attempts} tentatives.", message.Id, message.Attempts);
            }
            else
            {
                var delay = TimeSpan.FromSeconds(o.RetryBaseSeconds * Math.Pow(2, message.Attempts - 1));
                message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + delay;
                logger.LogWarning("Message {OutboxMessageId} non remis (tentative {Attempt}), nouvel essai dans {Delay}.", message.Id, message.Attempts, delay);
            }
        }
        message.LockedUntilUtc = null;
        // A later attempt is queued once this is saved (OutboxDelivery).
        await db.SaveChangesAsync(ct);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
