using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Admin;

/// <summary>The form of a staff account: a teacher (by the administrator) or an administrator (by the académie operator).</summary>
public sealed class StaffAccountViewModel
{
    [Display(Name = "Identifiant")]
    [Required(ErrorMessage = "Choisissez un identifiant (par exemple « prof.martin »).")]
    [RegularExpression(@"^[a-zA-Z0-9._-]{3,50}$", ErrorMessage = "L'identifiant compte 3 à 50 caractères : lettres sans accent, chiffres, point, tiret ou tiret bas.")]
    public string UserName { get; set; } = "";

    [Display(Name = "Nom")]
    [Required(ErrorMessage = "Saisissez le nom.")]
    [StringLength(100, ErrorMessage = "100 caractères au plus.")]
    public string LastName { get; set; } = "";

    [Display(Name = "Prénom")]
    [Required(ErrorMessage = "Saisissez le prénom.")]
    [StringLength(100, ErrorMessage = "100 caractères au plus.")]
    public string FirstName { get; set; } = "";

    [Display(Name = "Adresse e-mail (facultative)")]
    [EmailAddress(ErrorMessage = "L'adresse e-mail n'est pas valide.")]
    [StringLength(254, ErrorMessage = "254 caractères au plus.")]
    public string? Email { get; set; }
}
