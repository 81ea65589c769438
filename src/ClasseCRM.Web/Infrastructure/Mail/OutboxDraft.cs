namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>What a feature wants to send. <see cref="Outbox"/> turns it into a stored MIME message.</summary>
public sealed record OutboxDraft(
    int? WorkspaceId,
    string? SenderId,
    string SenderName,
    string ToAddress,
    string ToName,
    string Subject,
    string BodyText,
    int? ProspectId = null,
    int? OperationId = null);
