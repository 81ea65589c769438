using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>The plan of an operation: what, when, why, how much, and which prospects (criteria over the file).</summary>
public sealed class OperationCreateViewModel
{
    [Display(Name = "Nom de l'opération")]
    [Required(ErrorMessage = "Donnez un nom à l'opération.")]
    [StringLength(120, ErrorMessage = "120 caractères au plus.")]
    public string Name { get; set; } = "";

    [Display(Name = "Canal")]
    public Channel Channel { get; set; } = Channel.Phone;

    [Display(Name = "Début")]
    [Required(ErrorMessage = "Indiquez la date de début.")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Fin")]
    [Required(ErrorMessage = "Indiquez la date de fin.")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Objectif général")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Goal { get; set; }

    /// <summary>Named after the channel on the form: contacts utiles, réponses or visites réalisées (<see cref="ChannelFiguresBuilder.ContactLabelOf"/>).</summary>
    [Display(Name = "Objectif : contacts")]
    [Range(0, 100000, ErrorMessage = "Un nombre entre 0 et 100 000.")]
    public int ObjectiveContacts { get; set; }

    [Display(Name = "Objectif : rendez-vous")]
    [Range(0, 100000, ErrorMessage = "Un nombre entre 0 et 100 000.")]
    public int ObjectiveAppointments { get; set; }

    [Display(Name = "Objectif : commandes")]
    [Range(0, 100000, ErrorMessage = "Un nombre entre 0 et 100 000.")]
    public int ObjectiveOrders { get; set; }

    [Display(Name = "Objectif : CA HT (€)")]
    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "Un montant positif.")]
    public decimal ObjectiveRevenue { get; set; }

    [Display(Name = "Justification de la cible (critères et pourquoi)")]
    [StringLength(Domain.Planning.OperationPlan.JustificationMax, ErrorMessage = "Justification de la cible : 2 000 caractères au plus.")]
    public string? TargetJustification { get; set; }

    [Display(Name = "Justification de la technique et du canal")]
    [StringLength(Domain.Planning.OperationPlan.JustificationMax, ErrorMessage = "Justification de la technique : 2 000 caractères au plus.")]
    public string? TechniqueJustification { get; set; }

    [Display(Name = "Cible : statut")]
    public ProspectStatus? TargetStatus { get; set; }

    [Display(Name = "Cible : potentiel")]
    public Potential? TargetPotential { get; set; }

    [Display(Name = "Cible : NAF (section ou code)")]
    [StringLength(12, ErrorMessage = "Une section NAF (une lettre) ou un code NAF (par exemple 69.20Z).")]
    public string? TargetSection { get; set; }

    [Display(Name = "Cible : département")]
    [StringLength(3, ErrorMessage = "Un département s'écrit en 2 ou 3 caractères (35, 2A, 974).")]
    public string? TargetDepartment { get; set; }

    [Display(Name = "Cible : ville ou code postal")]
    [StringLength(80, ErrorMessage = "80 caractères au plus.")]
    public string? TargetCity { get; set; }

    [Display(Name = "Cible : effectif minimum")]
    [Range(0, 1_000_000, ErrorMessage = "Un effectif entre 0 et 1 000 000.")]
    public int? TargetMinEmployees { get; set; }

    [Display(Name = "Cible : effectif maximum")]
    [Range(0, 1_000_000, ErrorMessage = "Un effectif entre 0 et 1 000 000.")]
    public int? TargetMaxEmployees { get; set; }

    [Display(Name = "Cible : pas contacté depuis (jours)")]
    [Range(1, 3650, ErrorMessage = "Entre 1 et 3 650 jours.")]
    public int? TargetNotContactedDays { get; set; }
}
