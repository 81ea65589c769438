using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>The teacher's refusal of a request for agreement: the reason is required, the student reads it on the quote.</summary>
public sealed class OrderRefusalViewModel
{
    [Required(ErrorMessage = "Indiquez le motif du refus : l'élève le lira sur son devis.")]
    [StringLength(1000, ErrorMessage = "1 000 caractères au plus pour le motif du refus.")]
    public string? Reason { get; set; }
}
