using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Account;

public sealed class ChangePasswordViewModel
{
    [Display(Name = "Mot de passe actuel")]
    [Required(ErrorMessage = "Saisissez votre mot de passe actuel.")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [Display(Name = "Nouveau mot de passe")]
    [Required(ErrorMessage = "Saisissez un nouveau mot de passe.")]
    [StringLength(200, MinimumLength = 8, ErrorMessage = "Le nouveau mot de passe doit contenir au moins 8 caractères.")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [Display(Name = "Confirmation du nouveau mot de passe")]
    [Required(ErrorMessage = "Confirmez le nouveau mot de passe.")]
    [Compare(nameof(NewPassword), ErrorMessage = "La confirmation ne correspond pas au nouveau mot de passe.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public bool IsRequired { get; set; }
}
