using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>
/// Every mail goes through here: built with MimeKit and added to the outbox in the caller's unit of work, then
/// delivered by <see cref="DeliverOutboxMessageJob"/>, queued once the caller's save is committed (<see cref="OutboxDelivery"/>). The Message-Id is fixed here, so a retry never sends a different message.
/// </summary>
public sealed class Outbox(AppDbContext db, IOptionsMonitor<MailOptions> options, StudentMailGuard guard, TimeProvider clock)
{
    /// <summary>
    /// Adds the message to the context; the caller saves it with the action that sends it, and its delivery is queued
    /// once that save is committed.
    /// A student's message in SMTP mode must have passed <see cref="StudentMailGuard.CheckAsync"/> first (else this throws).
    /// </summary>
    public OutboxMessage Add(OutboxDraft draft)
    {
        guard.Consume(draft);
        var o = options.CurrentValue;
        var domain = o.FromAddress.Split('@') is [_, var d] ? d : "classecrm.local";
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(string.IsNullOrWhiteSpace(draft.SenderName) ? o.FromName : $"{draft.SenderName} via {o.FromName}", o.FromAddress));
        message.To.Add(new MailboxAddress(draft.ToName, draft.ToAddress));
        message.Subject = draft.Subject;
        message.MessageId = $"{draft.MessageId ?? Guid.NewGuid().ToString("N")}@{domain}";
        message.Date = clock.GetUtcNow();
        message.Headers.Add("X-ClasseCRM-Mode", o.Mode.ToString());
        message.Body = new TextPart("plain") { Text = draft.BodyText };

        using var buffer = new MemoryStream();
        message.WriteTo(buffer);

        var row = new OutboxMessage
        {
            WorkspaceId = draft.WorkspaceId,
            SenderId = draft.SenderId,
            // The établissement whose administrator follows it: the job's recipient's, or the signed-in user's.
            SchoolId = draft.SchoolId ?? (db.Scope.IsSystem ? null : db.Scope.SchoolId),
            ProspectId = draft.ProspectId,
            OperationId = draft.OperationId,
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

    /// <summary>
    /// Adds an answer received to <paramref name="original"/> (in Sandbox, written by the teacher as the prospect): it
    /// answers from the address the student wrote to, in the same thread, and is never delivered by SMTP.
    /// </summary>
    public OutboxMessage AddReceived(OutboxMessage original, string? authorId, string body)
    {
        var o = options.CurrentValue;
        var domain = o.FromAddress.Split('@') is [_, var d] ? d : "classecrm.local";
        var fromName = string.IsNullOrWhiteSpace(original.ToName) ? original.ToAddress : original.ToName;
        var subject = original.Subject.StartsWith("RE :", StringComparison.OrdinalIgnoreCase) ? original.Subject : $"RE : {original.Subject}"; // typo-fix: keep
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(fromName, original.ToAddress));
        message.To.Add(new MailboxAddress(o.FromName, original.FromAddress));
        message.Subject = subject.Length > 300 ? subject[..300] : subject;
        message.MessageId = $"{Guid.NewGuid():N}@{domain}";
        message.InReplyTo = original.MessageId;
        message.Date = clock.GetUtcNow();
        message.Body = new TextPart("plain") { Text = body };
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        var row = new OutboxMessage
        {
            WorkspaceId = original.WorkspaceId,
            SenderId = authorId,
            SchoolId = original.SchoolId,
            ProspectId = original.ProspectId,
            OperationId = original.OperationId,
            InReplyToId = original.Id,
            FromAddress = original.ToAddress,
            FromName = fromName,
            ToAddress = original.FromAddress,
            ToName = o.FromName,
            Subject = message.Subject,
            BodyText = body,
            MessageId = message.MessageId,
            Mime = buffer.ToArray(),
            Status = OutboxStatus.Received,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.OutboxMessages.Add(row);
        return row;
    }

    /// <summary>Whether a message with this stable id (see <see cref="OutboxDraft.MessageId"/>) is already in the outbox.</summary>
    public Task<bool> ContainsAsync(string messageId, CancellationToken ct)
    {
        var o = options.CurrentValue;
        var domain = o.FromAddress.Split('@') is [_, var d] ? d : "classecrm.local";
        var full = $"{messageId}@{domain}";
        return db.OutboxMessages.IgnoreQueryFilters().AnyAsync(m => m.MessageId == full, ct);
    }

}
