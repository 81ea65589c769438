using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Rubrics;

/// <summary>The grid of a class as the teacher edits it: a title and, per competency of the référentiel, one criterion per line.</summary>
public sealed class RubricEditViewModel
{
    public int ClassId { get; set; }
    public string ClassName { get; set; } = "";
    public bool IsAdapted { get; set; }

    [Display(Name = "Titre de la grille")]
    [Required(ErrorMessage = "Donnez un titre à la grille.")]
    [StringLength(200, ErrorMessage = "200 caractères au plus.")]
    public string? Title { get; set; }

    /// <summary>The key of the class's référentiel (seeds/referentiels), chosen on the same page.</summary>
    public string? Referentiel { get; set; }
    public string ReferentielName { get; set; } = "";

    public List<RubricUnitForm> Units { get; set; } = [];

    public List<(int Id, string Name)> CopySources { get; set; } = [];
}

public sealed class RubricUnitForm
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The bloc (or unit) and épreuve the competency belongs to, shown above its first competency.</summary>
    public string Bloc { get; set; } = "";

    [StringLength(12000, ErrorMessage = "Texte trop long.")]
    public string? Criteria { get; set; }
}
