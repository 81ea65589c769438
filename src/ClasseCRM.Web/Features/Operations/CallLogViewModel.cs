using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>A call as the phoning form posts it: on the prospect the form showed (its id travels in a hidden field).</summary>
public sealed class CallLogViewModel
{
    public int ProspectId { get; set; }

    public int? ContactId { get; set; }

    [Display(Name = "Résultat de l'appel")]
    [Required(ErrorMessage = "Choisissez le résultat de l'appel.")]
    public CallOutcome? Outcome { get; set; }

    [Display(Name = "Notes")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Notes { get; set; }

    [Display(Name = "Rappel ou rendez-vous le")]
    public DateTime? FollowUpAt { get; set; }
}
