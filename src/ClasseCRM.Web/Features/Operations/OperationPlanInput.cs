using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.Planning;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>The form of « Mon plan de prospection »: the justifications, the calendar, the budget and the three texts.</summary>
public sealed class OperationPlanInput
{
    [Display(Name = "Justification de la cible (critères et pourquoi)")]
    [StringLength(Domain.Planning.OperationPlan.JustificationMax, ErrorMessage = "Justification de la cible : 2 000 caractères au plus.")]
    public string? TargetJustification { get; set; }

    [Display(Name = "Justification de la technique et du canal")]
    [StringLength(Domain.Planning.OperationPlan.JustificationMax, ErrorMessage = "Justification de la technique : 2 000 caractères au plus.")]
    public string? TechniqueJustification { get; set; }

    [Display(Name = "Calendrier (préparation, déroulement, suivi)")]
    [StringLength(Domain.Planning.OperationPlan.JustificationMax, ErrorMessage = "Calendrier : 2 000 caractères au plus.")]
    public string? Calendar { get; set; }

    [Display(Name = "Budget prévu HT (€)")]
    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "Le budget est un montant positif ou nul, en euros (exemple : 350,00).")]
    public decimal? Budget { get; set; }

    [Display(Name = "Plan d'appel (script)")]
    [StringLength(Domain.Planning.OperationPlan.ScriptMax, ErrorMessage = "Plan d'appel : 8 000 caractères au plus.")]
    public string? Script { get; set; }

    [Display(Name = "Accroche et remarques")]
    [StringLength(Pitch.HookMax, ErrorMessage = "Accroche : 1 000 caractères au plus.")]
    public string? Hook { get; set; }

    public List<PitchArgumentInput> Arguments { get; set; } = [];

    [Display(Name = "Objet")]
    [StringLength(200, ErrorMessage = "Objet de la lettre : 200 caractères au plus.")]
    public string? MailSubject { get; set; }

    [Display(Name = "Texte de la lettre ou de l'e-mail")]
    [StringLength(4000, ErrorMessage = "Texte de la lettre : 4 000 caractères au plus.")]
    public string? MailBody { get; set; }

    /// <summary>The argumentaire typed, as the domain reads it (empty rows dropped).</summary>
    public Pitch ToPitch() => new Pitch(Hook ?? "", Arguments.Select(a => new PitchArgument(a.Characteristic ?? "", a.Advantage ?? "", a.Proof ?? "")).ToList()).Normalized();
}
