using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.Messaging;

/// <summary>One message a student of the class sent, as the teacher's list shows it (/classes/{id}/courriels).</summary>
public sealed record ClassMailItem(int Id, DateTime CreatedAtUtc, string Student, string Workspace, string To, string Subject, OutboxStatus Status);
