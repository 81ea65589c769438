using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.Messaging;

public sealed record MessageListItem(int Id, DateTime CreatedAtUtc, string Workspace, string To, string Subject, OutboxStatus Status);
