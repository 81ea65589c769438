using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Admin;

public sealed class TestMailViewModel
{
    [Display(Name = "Adresse du destinataire")]
    [Required(ErrorMessage = "Saisissez l'adresse qui doit recevoir le message de test.")]
    [EmailAddress(ErrorMessage = "L'adresse e-mail n'est pas valide.")]
    public string To { get; set; } = "";
}
