namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>
/// What a feature wants to send. <see cref="Outbox"/> turns it into a stored MIME message. A feature that must never
/// send the same mail twice (a reminder, a digest) gives its own stable <see cref="MessageId"/>: the outbox keeps one
/// message per Message-Id.
/// </summary>
public sealed record OutboxDraft(
    int? WorkspaceId,
    string? SenderId,
    string SenderName,
    string ToAddress,
    string ToName,
    string Subject,
    string BodyText,
    int? ProspectId = null,
    int? OperationId = null,
    string? MessageId = null,
    int? SchoolId = null);
