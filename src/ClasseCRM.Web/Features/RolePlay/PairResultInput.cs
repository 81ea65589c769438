using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>What really happened, as the partner who played the prospect records it.</summary>
public sealed class PairResultInput
{
    [Required(ErrorMessage = "Indiquez qui l'appelant a joint.")]
    public PairReached? Reached { get; set; }

    public List<string> Objections { get; set; } = [];

    [Required(ErrorMessage = "Choisissez le résultat de l'appel.")]
    public CallOutcome? Outcome { get; set; }

    public DateTime? FollowUpAt { get; set; }

    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Notes { get; set; }
}
