using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Prospects;

public sealed class ContactEditViewModel
{
    public int ProspectId { get; set; }
    public string ProspectName { get; set; } = "";
    public int? Id { get; set; }

    [Display(Name = "Civilité")]
    public string? Civility { get; set; } = "Madame";

    [Display(Name = "Nom")]
    public string? LastName { get; set; }

    [Display(Name = "Prénom")]
    public string? FirstName { get; set; }

    [Display(Name = "Fonction")]
    public string? JobTitle { get; set; }

    [Display(Name = "Rôle dans la décision")]
    public string? Role { get; set; } = "DecisionMaker";

    [Display(Name = "Téléphone")]
    public string? Phone { get; set; }

    [Display(Name = "E-mail")]
    public string? Email { get; set; }
}
