using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The seller's price proposal during a played visit's négociation: a line of the scenario's catalogue and the discount granted, in %.</summary>
public sealed class PairOfferInput
{
    [Required(ErrorMessage = "Choisissez le produit ou le service proposé.")]
    public int? ProductId { get; set; }

    [Required(ErrorMessage = "Indiquez la remise proposée, en %.")]
    [Range(0, 100, ErrorMessage = "Une remise entre 0 et 100 %.")]
    public decimal? DiscountPercent { get; set; }
}
