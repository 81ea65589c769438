using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Schools;

/// <summary>An établissement's name, UAI and town, as the operator creates it or its administrator corrects it.</summary>
public sealed class SchoolFormViewModel
{
    [Display(Name = "Nom de l'établissement")]
    [Required(ErrorMessage = "Saisissez le nom de l'établissement.")]
    [StringLength(200, ErrorMessage = "200 caractères au plus.")]
    public string Name { get; set; } = "";

    [Display(Name = "Code UAI")]
    [StringLength(20, ErrorMessage = "Le code UAI compte 8 caractères.")]
    public string? Uai { get; set; }

    [Display(Name = "Ville")]
    [StringLength(100, ErrorMessage = "100 caractères au plus.")]
    public string? City { get; set; }
}
