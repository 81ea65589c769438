using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>A role card as the teacher edits it on /jeu-de-role/cartes/{id}.</summary>
public sealed class RoleCardEditViewModel
{
    public const int ObjectionRows = 3;

    [Display(Name = "Qui décroche")]
    public PickUpBy PickUp { get; set; }

    [Display(Name = "Quand le décideur est joignable")]
    [Required(ErrorMessage = "Indiquez quand le décideur est joignable (par exemple « le matin vers 9 h »).")]
    [StringLength(200, ErrorMessage = "200 caractères au plus.")]
    public string? Reachability { get; set; }

    [Display(Name = "Fournisseur actuel")]
    [StringLength(200, ErrorMessage = "200 caractères au plus.")]
    public string? CurrentSupplier { get; set; }

    [Display(Name = "Besoin caché")]
    [StringLength(500, ErrorMessage = "500 caractères au plus.")]
    public string? HiddenNeed { get; set; }

    [Display(Name = "Budget annuel (€ HT)")]
    [Required(ErrorMessage = "Indiquez le budget (en euros HT).")]
    [Range(typeof(decimal), "0", "10000000", ParseLimitsInInvariantCulture = true, ErrorMessage = "Un budget entre 0 et 10 000 000 €.")]
    public decimal? Budget { get; set; }

    [Display(Name = "Mobile dominant (SONCAS)")]
    public SoncasMotive DominantMotive { get; set; }

    [Display(Name = "Signaux d'achat (un par ligne)")]
    [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
    public string? BuyingSignals { get; set; }

    [Display(Name = "Ce qui lui fait accepter un RDV ou une commande")]
    [StringLength(500, ErrorMessage = "500 caractères au plus.")]
    public string? AcceptsWhen { get; set; }

    public List<RoleCardObjectionInput> Objections { get; set; } = [];

    public static RoleCardEditViewModel From(RoleCard c)
    {
        var m = new RoleCardEditViewModel
        {
            PickUp = c.PickUp,
            Reachability = c.Reachability,
            CurrentSupplier = c.CurrentSupplier,
            HiddenNeed = c.HiddenNeed,
            Budget = c.Budget,
            DominantMotive = c.DominantMotive,
            BuyingSignals = c.BuyingSignals,
            AcceptsWhen = c.AcceptsWhen,
            Objections = c.Objections.Select(o => new RoleCardObjectionInput { Text = o.Text, Type = o.Type, Firmness = o.Firmness }).ToList(),
        };
        return m.WithBlankRows();
    }

    /// <summary>Fills the objection rows up to <see cref="ObjectionRows"/> so the form always shows three.</summary>
    public RoleCardEditViewModel WithBlankRows()
    {
        while (Objections.Count < ObjectionRows)
        {
            Objections.Add(new RoleCardObjectionInput { Firmness = Firmness.Medium });
        }
        return this;
    }
}
