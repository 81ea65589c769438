namespace ClasseCRM.Web.Features.Inbox;

/// <summary>A draft outside the negotiation room whose "accord du responsable" waits for the teacher.</summary>
public sealed record InboxOrderItem(int Id, string ClassName, string WorkspaceName, string Number, string Client, decimal NetExclVat, DateTime RequestedAtUtc, string? Request);
