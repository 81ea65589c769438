namespace ClasseCRM.Web.Domain;

/// <summary>Where an outgoing message stands: waiting, sent by SMTP, kept in the class mailbox (Sandbox), failed for good, or an answer received.</summary>
public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Sandboxed = 2,
    Failed = 3,

    /// <summary>An answer received from the prospect (in Sandbox, written by the class's teacher); never delivered by SMTP.</summary>
    Received = 4,
}
