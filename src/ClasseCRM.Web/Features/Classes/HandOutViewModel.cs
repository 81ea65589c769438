using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Classes;

public sealed class HandOutViewModel
{
    public int ClassId { get; set; }

    public string ClassName { get; set; } = "";

    [Display(Name = "Scénario (entreprise support)")]
    [Required(ErrorMessage = "Choisissez un scénario.")]
    public int? ScenarioId { get; set; }

    [Display(Name = "Travail en binômes")]
    public bool Pairs { get; set; }

    public List<ScenarioChoice> Scenarios { get; set; } = [];
}

public sealed record ScenarioChoice(int Id, string Label);
