namespace ClasseCRM.Web.Domain.Reminders;

/// <summary>
/// A follow-up reminder (relance): a row in the database, created by a rule of the feature that needs it (with a stable
/// <see cref="SourceKey"/>, so the rule can move or close it) or by hand. Hangfire fires it at <see cref="DueAtUtc"/>;
/// <see cref="FiredAtUtc"/> records that it fired, once.
/// </summary>
public sealed class Reminder : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public ReminderKind Kind { get; set; }

    /// <summary>What created it, e.g. "order:12:delivery": one open reminder per source; null for a reminder made by hand.</summary>
    public string? SourceKey { get; set; }
    public string Title { get; set; } = "";
    public string? Details { get; set; }
    public int? ProspectId { get; set; }
    public int? OperationId { get; set; }
    public int? OrderId { get; set; }
    public DateTime DueAtUtc { get; set; }
    public ReminderStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? FiredAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }

    /// <summary>The Hangfire delayed job that fires it; replaced when the date moves, deleted when it closes.</summary>
    public string? JobId { get; set; }

    /// <summary>
    /// A link to what the reminder is about. A call-back agreed on the phone opens the phoning session on that prospect
    /// (computed, so the reminders already in the database link there too).
    /// </summary>
    public string Link => Kind == ReminderKind.CallBack && OperationId is { } session && ProspectId is { } callee
        ? $"/operations/{session}/phoning?prospect={callee}"
        : OrderId is { } o ? $"/commandes/{o}" : OperationId is { } op ? $"/operations/{op}" : ProspectId is { } p ? $"/prospects/{p}" : "/relances";
}

public enum ReminderStatus
{
    Open = 0,
    Done = 1,
    Cancelled = 2,
}

public enum ReminderKind
{
    Manual = 0,
    CallBack = 1,
    AppointmentTomorrow = 2,
    NoAnswerAfterMailing = 3,
    VisitFollowUp = 4,
    QuoteNoAnswer = 5,
    DeliveryCheck = 6,
    Installation = 7,
    PaymentDue = 8,
    PaymentOverdue = 9,
    SatisfactionCall = 10,
    PeriodicContact = 11,
    DataRetention = 12,
    LoyaltyAction = 13,
}

public static class ReminderLabels
{
    public static string Of(ReminderKind kind) => kind switch
    {
        ReminderKind.Manual => "Relance manuelle",
        ReminderKind.CallBack => "Rappel convenu",
        ReminderKind.AppointmentTomorrow => "RDV à préparer",
        ReminderKind.NoAnswerAfterMailing => "Sans réponse au publipostage",
        ReminderKind.VisitFollowUp => "Suite de visite",
        ReminderKind.QuoteNoAnswer => "Devis sans réponse",
        ReminderKind.DeliveryCheck => "Vérifier la livraison",
        ReminderKind.Installation => "Mise en service",
        ReminderKind.PaymentDue => "Échéance de paiement",
        ReminderKind.PaymentOverdue => "Paiement en retard",
        ReminderKind.SatisfactionCall => "Appel de satisfaction",
        ReminderKind.PeriodicContact => "Contact client périodique",
        ReminderKind.DataRetention => "RGPD : 3 ans sans contact",
        ReminderKind.LoyaltyAction => "Action de fidélisation",
        _ => kind.ToString(),
    };
}
