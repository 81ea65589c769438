using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Classes;

public sealed class ClassCreateViewModel
{
    [Display(Name = "Nom de la classe")]
    [Required(ErrorMessage = "Donnez un nom à la classe (par exemple « 1re MCV B »).")]
    [StringLength(80, ErrorMessage = "Le nom de la classe ne doit pas dépasser 80 caractères.")]
    public string Name { get; set; } = "";

    [Display(Name = "Année scolaire")]
    [Required(ErrorMessage = "Indiquez l'année scolaire (par exemple « 2026-2027 »).")]
    [RegularExpression(@"^\d{4}-\d{4}$", ErrorMessage = "L'année scolaire s'écrit comme « 2026-2027 ».")]
    public string SchoolYear { get; set; } = "";

    /// <summary>The diploma the class prepares (seeds/referentiels); today's by default.</summary>
    [Display(Name = "Diplôme préparé")]
    public string Referentiel { get; set; } = Domain.SchoolClass.DefaultReferentiel;
}
