using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.Admin;

public sealed record OutboxListItem(int Id, DateTime CreatedAtUtc, string To, string Subject, OutboxStatus Status, int Attempts, string? LastError, DateTime? NextAttemptAtUtc, DateTime? DeliveredAtUtc);
