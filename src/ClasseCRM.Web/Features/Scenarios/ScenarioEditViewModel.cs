using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Scenarios;

/// <summary>A teacher's copy of a scenario, as edited on /scenarios/{id}/modifier. Rates are typed in percent.</summary>
public sealed class ScenarioEditViewModel
{
    public int Id { get; set; }

    [Display(Name = "Titre du scénario")]
    [Required(ErrorMessage = "Donnez un titre au scénario.")]
    [StringLength(120, ErrorMessage = "Le titre ne doit pas dépasser 120 caractères.")]
    public string Title { get; set; } = "";

    [Display(Name = "Raison sociale")]
    [Required(ErrorMessage = "Saisissez la raison sociale de l'entreprise.")]
    [StringLength(120, ErrorMessage = "La raison sociale ne doit pas dépasser 120 caractères.")]
    public string CompanyName { get; set; } = "";

    [Display(Name = "Forme juridique et capital")]
    [StringLength(120, ErrorMessage = "120 caractères au plus.")]
    public string? LegalForm { get; set; }

    [Display(Name = "SIREN")]
    [Required(ErrorMessage = "Saisissez le SIREN (9 chiffres).")]
    public string Siren { get; set; } = "";

    [Display(Name = "SIRET (établissement qui facture)")]
    [Required(ErrorMessage = "Saisissez le SIRET (14 chiffres : le SIREN puis le numéro d'établissement).")]
    public string Siret { get; set; } = "";

    [Display(Name = "Option pour le paiement de la TVA d'après les débits")]
    public bool VatOnDebits { get; set; }

    [Display(Name = "Ville du RCS")]
    [StringLength(80, ErrorMessage = "80 caractères au plus.")]
    public string? RcsCity { get; set; }

    [Display(Name = "Adresse")]
    [StringLength(200, ErrorMessage = "200 caractères au plus.")]
    public string? Street { get; set; }

    [Display(Name = "Code postal")]
    [RegularExpression(@"^\d{5}$", ErrorMessage = "Le code postal compte 5 chiffres.")]
    public string? PostalCode { get; set; }

    [Display(Name = "Ville")]
    [StringLength(100, ErrorMessage = "100 caractères au plus.")]
    public string? City { get; set; }

    [Display(Name = "Téléphone")]
    [StringLength(20, ErrorMessage = "20 caractères au plus.")]
    public string? Phone { get; set; }

    [Display(Name = "E-mail")]
    [EmailAddress(ErrorMessage = "L'adresse e-mail n'est pas valide.")]
    public string? Email { get; set; }

    [Display(Name = "Secteur d'activité")]
    [StringLength(200, ErrorMessage = "200 caractères au plus.")]
    public string? Sector { get; set; }

    [Display(Name = "Offre")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Offer { get; set; }

    [Display(Name = "Remise maximale (%)")]
    [Range(typeof(decimal), "0", "100", ErrorMessage = "La remise maximale est comprise entre 0 et 100 %.")]
    public decimal MaxDiscountPercent { get; set; }

    [Display(Name = "Conditions de paiement acceptées (une par ligne)")]
    [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
    public string? PaymentTerms { get; set; }

    [Display(Name = "Délai de livraison (jours)")]
    [Range(0, 365, ErrorMessage = "Le délai de livraison est compris entre 0 et 365 jours.")]
    public int DeliveryLeadTimeDays { get; set; }

    [Display(Name = "Argumentaire de vente")]
    [StringLength(8000, ErrorMessage = "8 000 caractères au plus.")]
    public string? SalesPitch { get; set; }

    [Display(Name = "Ville de départ du secteur")]
    [StringLength(120, ErrorMessage = "120 caractères au plus.")]
    public string? HomeTown { get; set; }

    [Display(Name = "Rayon du secteur (km)")]
    [Range(Domain.Scenario.MinRadiusKm, Domain.Scenario.MaxRadiusKm, ErrorMessage = "Le rayon du secteur est compris entre 5 et 200 km.")]
    public int RadiusKm { get; set; } = Domain.Scenario.DefaultRadiusKm;

    [Display(Name = "Km maximum par jour")]
    [Range(10, 1000, ErrorMessage = "Le maximum de kilomètres par jour est compris entre 10 et 1 000 km.")]
    public int MaxKmPerDay { get; set; } = Domain.Scenario.DefaultMaxKmPerDay;

    [Display(Name = "L'entreprise vend des travaux de rénovation énergétique (isolation, menuiseries, chauffage…) aux particuliers")]
    public bool EnergyRenovation { get; set; }

    public List<ProductRow> Products { get; set; } = [];

    public List<ObjectionRow> Objections { get; set; } = [];
}

public sealed class ProductRow
{
    public int? Id { get; set; }

    [StringLength(30, ErrorMessage = "La référence ne doit pas dépasser 30 caractères.")]
    public string? Reference { get; set; }

    [StringLength(200, ErrorMessage = "La désignation ne doit pas dépasser 200 caractères.")]
    public string? Designation { get; set; }

    [StringLength(30, ErrorMessage = "L'unité ne doit pas dépasser 30 caractères.")]
    public string? Unit { get; set; }

    public decimal? PriceExclVat { get; set; }

    public decimal? PurchaseCostExclVat { get; set; }

    public decimal? VatPercent { get; set; }

    public decimal? MaxDiscountPercent { get; set; }

    /// <summary>A service (maintenance, works) rather than goods.</summary>
    public bool IsService { get; set; }

    public bool Delete { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Reference) && string.IsNullOrWhiteSpace(Designation)
        && PriceExclVat is null && PurchaseCostExclVat is null;
}

public sealed class ObjectionRow
{
    public int? Id { get; set; }

    [StringLength(300, ErrorMessage = "L'objection ne doit pas dépasser 300 caractères.")]
    public string? Objection { get; set; }

    [StringLength(40, ErrorMessage = "Le type ne doit pas dépasser 40 caractères.")]
    public string? Type { get; set; }

    [StringLength(60, ErrorMessage = "La technique ne doit pas dépasser 60 caractères.")]
    public string? Technique { get; set; }

    [StringLength(1000, ErrorMessage = "La réponse ne doit pas dépasser 1 000 caractères.")]
    public string? Answer { get; set; }

    public bool Delete { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Objection) && string.IsNullOrWhiteSpace(Answer);
}
