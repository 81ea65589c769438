namespace ClasseCRM.Web.Domain;

/// <summary>Where an outgoing message stands: waiting, sent by SMTP, kept in the class mailbox (Sandbox), or failed for good.</summary>
public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Sandboxed = 2,
    Failed = 3,
}
