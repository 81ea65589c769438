using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Classes;

public sealed class StudentCreateViewModel
{
    public int ClassId { get; set; }

    public string ClassName { get; set; } = "";

    [Display(Name = "Nom")]
    [Required(ErrorMessage = "Saisissez le nom de l'élève.")]
    [StringLength(100, ErrorMessage = "Le nom ne doit pas dépasser 100 caractères.")]
    public string LastName { get; set; } = "";

    [Display(Name = "Prénom")]
    [Required(ErrorMessage = "Saisissez le prénom de l'élève.")]
    [StringLength(100, ErrorMessage = "Le prénom ne doit pas dépasser 100 caractères.")]
    public string FirstName { get; set; } = "";

    [Display(Name = "Adresse e-mail (facultative)")]
    [EmailAddress(ErrorMessage = "L'adresse e-mail n'est pas valide.")]
    [StringLength(254, ErrorMessage = "L'adresse e-mail est trop longue.")]
    public string? Email { get; set; }
}
