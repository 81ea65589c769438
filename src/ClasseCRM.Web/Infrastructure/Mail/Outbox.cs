using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using Hangfire;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>
/// Every mail goes through here: built with MimeKit and added to the outbox in the caller's unit of work, then
/// delivered by <see cref="DeliverOutboxMessageJob"/>. The Message-Id is fixed here, so a retry never sends a different message.
/// </summary>
public sealed class Outbox(AppDbContext db, IBackgroundJobClient jobs, IOptionsMonitor<MailOptions> options, TimeProvider clock)
{
    /// <summary>Adds the message to the context; the caller saves it with the action that sends it, then calls <see cref="ScheduleDelivery"/>.</summary>
    public OutboxMessage Add(OutboxDraft draft)
    {
        var o = options.CurrentValue;
        var domain = o.FromAddress.Split('@') is [_, var d] ? d : "classecrm.local";
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(string.IsNullOrWhiteSpace(draft.SenderName) ? o.FromName : $"{draft.SenderName} via {o.FromName}", o.FromAddress));
        message.To.Add(new MailboxAddress(draft.ToName, draft.ToAddress));
        message.Subject = draft.Subject;
        message.MessageId = $"{Guid.NewGuid():N}@{domain}";
        message.Date = clock.GetUtcNow();
        message.Headers.Add("X-ClasseCRM-Mode", o.Mode.ToString());
        message.Body = new TextPart("plain") { Text = draft.BodyText };

        using var buffer = new MemoryStream();
        message.WriteTo(buffer);

        var row = new OutboxMessage
        {
            WorkspaceId = draft.WorkspaceId,
            SenderId = draft.SenderId,
            FromAddress = o.FromAddress,
            ToAddress = draft.ToAddress,
            ToName = draft.ToName,
            Subject = draft.Subject,
            BodyText = draft.BodyText,
            MessageId = message.MessageId,
            Mime = buffer.ToArray(),
            Status = OutboxStatus.Pending,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.OutboxMessages.Add(row);
        return row;
    }

    /// <summary>Queues the delivery job for a saved message. If this is lost, the recurring sweep delivers it anyway.</summary>
    public void ScheduleDelivery(int outboxMessageId) =>
        jobs.Enqueue<DeliverOutboxMessageJob>(job => job.RunAsync(outboxMessageId, CancellationToken.None));
}
