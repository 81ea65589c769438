namespace ClasseCRM.Web.Domain.Loyalty;

/// <summary>A loyalty action planned for a customer, then logged with its result and, when asked, a satisfaction score.</summary>
public sealed class LoyaltyAction : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int ProspectId { get; set; }
    public Prospect? Prospect { get; set; }
    public LoyaltyKind Kind { get; set; }
    public DateOnly PlannedOn { get; set; }
    public string? Notes { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? Result { get; set; }

    /// <summary>1 (très insatisfait) to 5 (très satisfait); null when the customer was not asked.</summary>
    public int? Satisfaction { get; set; }
    public string? Comment { get; set; }
}

public enum LoyaltyKind
{
    SatisfactionCall = 0,
    Visit = 1,
    Offer = 2,
    ReorderReminder = 3,
    Card = 4,
    Referral = 5,
    Invitation = 6,
}

public static class LoyaltyLabels
{
    public static string Of(LoyaltyKind kind) => kind switch
    {
        LoyaltyKind.SatisfactionCall => "Appel de satisfaction",
        LoyaltyKind.Visit => "Visite",
        LoyaltyKind.Offer => "Envoi d'offre",
        LoyaltyKind.ReorderReminder => "Relance de réapprovisionnement",
        LoyaltyKind.Card => "Carte de fidélité",
        LoyaltyKind.Referral => "Parrainage",
        LoyaltyKind.Invitation => "Invitation (portes ouvertes, salon)",
        _ => kind.ToString(),
    };

    /// <summary>An offer sent is not a contact (CNIL: only an answer is); the other actions are.</summary>
    public static bool IsContact(LoyaltyKind kind) => kind != LoyaltyKind.Offer;
}
