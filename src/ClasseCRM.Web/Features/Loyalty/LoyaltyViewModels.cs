using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.Loyalty;

namespace ClasseCRM.Web.Features.Loyalty;

public sealed class LoyaltyPlanViewModel
{
    [Required(ErrorMessage = "Choisissez le client.")]
    public int? ProspectId { get; set; }

    public LoyaltyKind Kind { get; set; }

    [Required(ErrorMessage = "Indiquez la date prévue.")]
    public DateOnly? PlannedOn { get; set; }

    [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
    public string? Notes { get; set; }
}

public sealed class LoyaltyLogViewModel
{
    [Required(ErrorMessage = "Indiquez la date de l'action.")]
    public DateOnly? DoneOn { get; set; }

    [Required(ErrorMessage = "Notez le résultat de l'action.")]
    [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
    public string? Result { get; set; }

    [Range(1, 5, ErrorMessage = "Une note de satisfaction de 1 à 5.")]
    public int? Satisfaction { get; set; }

    [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
    public string? Comment { get; set; }
}

/// <summary>A customer in the loyalty table: the Pareto line, the suggested frequency and when the next contact is due.</summary>
public sealed record CustomerRow(SegmentedCustomer Segment, string Name, int Orders, DateTime? LastContactUtc, int FrequencyDays, DateOnly NextContactOn, bool Due);

/// <summary>An order delivered 7 to 15 days ago whose customer got no satisfaction call since the delivery.</summary>
public sealed record SatisfactionDue(int OrderId, string Number, int ProspectId, string Name, DateOnly DeliveredOn);

public sealed record LoyaltyPageViewModel(
    int WorkspaceId,
    bool CanWrite,
    DateOnly From,
    DateOnly To,
    LoyaltyFigures Figures,
    List<CustomerRow> Customers,
    List<SatisfactionDue> SatisfactionCalls,
    List<LoyaltyAction> Planned,
    List<LoyaltyAction> Done,
    LoyaltyPlanViewModel Plan);
