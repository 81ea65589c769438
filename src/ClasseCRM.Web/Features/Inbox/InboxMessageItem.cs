namespace ClasseCRM.Web.Features.Inbox;

/// <summary>A student's message kept in the class mailbox (Sandbox) that the prospect has not answered yet.</summary>
public sealed record InboxMessageItem(int Id, string ClassName, string WorkspaceName, string Sender, string Recipient, string Subject, DateTime SentAtUtc);
