using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Operations;

public sealed class OperationCostViewModel
{
    [Display(Name = "Poste de coût")]
    [Required(ErrorMessage = "Nommez le poste de coût (fichier, impression, affranchissement, téléphone, kilomètres, temps…).")]
    [StringLength(120, ErrorMessage = "120 caractères au plus.")]
    public string? Label { get; set; }

    [Display(Name = "Coût variable")]
    public bool IsVariable { get; set; }

    [Display(Name = "Quantité")]
    [Required(ErrorMessage = "Indiquez la quantité (1 pour un coût fixe).")]
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "La quantité est un nombre positif.")]
    public decimal? Quantity { get; set; } = 1;

    [Display(Name = "Coût unitaire HT (€)")]
    [Required(ErrorMessage = "Indiquez le coût unitaire.")]
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Le coût unitaire est un montant positif.")]
    public decimal? UnitCost { get; set; }
}
