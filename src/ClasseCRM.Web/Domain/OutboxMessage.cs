namespace ClasseCRM.Web.Domain;

/// <summary>
/// A mail, built with MimeKit and stored before any delivery (outbox). The MIME bytes and the Message-Id are fixed at
/// creation, so a retry sends exactly the same message.
/// </summary>
public sealed class OutboxMessage
{
    public int Id { get; set; }

    /// <summary>The workspace that sent it; null for messages of the school itself (e.g. an admin's test mail).</summary>
    public int? WorkspaceId { get; set; }
    public string? SenderId { get; set; }

    /// <summary>The établissement whose administrator follows the message (null: only the académie operator sees it).</summary>
    public int? SchoolId { get; set; }

    /// <summary>The prospect the message is about, and the mailing operation that sent it, when there is one.</summary>
    public int? ProspectId { get; set; }
    public int? OperationId { get; set; }

    /// <summary>For an answer the teacher wrote as the prospect (Sandbox): the message it answers.</summary>
    public int? InReplyToId { get; set; }
    public string FromAddress { get; set; } = "";

    /// <summary>The name shown as sender of an answer received (the prospect's contact); null for outgoing messages.</summary>
    public string? FromName { get; set; }
    public string ToAddress { get; set; } = "";
    public string ToName { get; set; } = "";
    public string Subject { get; set; } = "";
    public string BodyText { get; set; } = "";
    public string MessageId { get; set; } = "";
    public byte[] Mime { get; set; } = [];
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? NextAttemptAtUtc { get; set; }
    public DateTime? DeliveredAtUtc { get; set; }

    /// <summary>Set by the delivery that claimed the message, so two runs never send it at once.</summary>
    public DateTime? LockedUntilUtc { get; set; }
}
