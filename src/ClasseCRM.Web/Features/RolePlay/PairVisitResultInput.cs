using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>How a played visit ended, as the partner who played the prospect records it: the conclusion, the card's objections raised, the amount and the dated next step.</summary>
public sealed class PairVisitResultInput
{
    [Required(ErrorMessage = "Choisissez la conclusion de la visite.")]
    public VisitResult? Result { get; set; }

    public List<string> Objections { get; set; } = [];

    [Range(0, 10_000_000, ErrorMessage = "Un montant entre 0 et 10 000 000 €.")]
    public decimal? Amount { get; set; }

    public DateOnly? NextStepOn { get; set; }

    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? NextSteps { get; set; }

    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Notes { get; set; }
}
