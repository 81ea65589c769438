using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Account;

public sealed class SignInViewModel
{
    [Display(Name = "Identifiant")]
    [Required(ErrorMessage = "Saisissez votre identifiant.")]
    [StringLength(100, ErrorMessage = "L'identifiant est trop long.")]
    public string UserName { get; set; } = "";

    [Display(Name = "Mot de passe")]
    [Required(ErrorMessage = "Saisissez votre mot de passe.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
