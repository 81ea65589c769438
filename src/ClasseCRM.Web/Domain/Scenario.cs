namespace ClasseCRM.Web.Domain;

/// <summary>
/// An entreprise support: the company students sell for, its catalogue, its negotiation room and its tools.
/// Shipped scenarios (from seeds/scenarios) have no owner and are read-only; a teacher works on a copy.
/// </summary>
public sealed class Scenario
{
    public int Id { get; set; }

    /// <summary>The seed file this scenario comes from (kept by copies: it says how to generate their prospect files).</summary>
    public string? SourceKey { get; set; }

    /// <summary>The teacher who owns this copy; null for a shipped scenario.</summary>
    public string? OwnerId { get; set; }
    public int? CopiedFromId { get; set; }

    public string Title { get; set; } = "";
    public string CompanyName { get; set; } = "";
    public string LegalForm { get; set; } = "";
    public string Siren { get; set; } = "";

    /// <summary>The SIRET of the establishment that invoices (SIREN + NIC, 14 digits, Luhn): a mention every invoice carries.</summary>
    public string Siret { get; set; } = "";

    /// <summary>The company opted to pay VAT on debits (for services): its invoices say so (e-invoicing reform, 2026).</summary>
    public bool VatOnDebits { get; set; }
    public string RcsCity { get; set; } = "";
    public string Street { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string NafCode { get; set; } = "";
    public string Sector { get; set; } = "";
    public Market Market { get; set; }
    public string Offer { get; set; } = "";

    /// <summary>Maximum discount a student may grant without the teacher's agreement, as a rate (0.10 = 10 %).</summary>
    public decimal MaxDiscountRate { get; set; }

    /// <summary>Payment terms the company accepts, one per line (e.g. "Comptant", "30 jours fin de mois").</summary>
    public string PaymentTerms { get; set; } = "";
    public int DeliveryLeadTimeDays { get; set; }
    public string SalesPitch { get; set; } = "";

    /// <summary>How many prospects a workspace receives when the scenario is handed out.</summary>
    public int ProspectCount { get; set; }

    /// <summary>NAF codes of the target businesses (B2B), comma-separated.</summary>
    public string TargetNafCodes { get; set; } = "";

    /// <summary>Départements where prospects are drawn, comma-separated (e.g. "35,22,56"): used only when no home town is set.</summary>
    public string TargetDepartments { get; set; } = "";

    /// <summary>
    /// The secteur's home town: the INSEE code of a commune of seeds/communes.csv (empty: none, the départements apply).
    /// Prospects are drawn from the communes within <see cref="RadiusKm"/> of it, so a day of visits is a loop a sales
    /// rep would drive.
    /// </summary>
    public string HomeTownCode { get; set; } = "";

    /// <summary>The home town as shown (« Rennes (35) »).</summary>
    public string HomeTown { get; set; } = "";

    /// <summary>Radius of the secteur around the home town, in km (great-circle distance).</summary>
    public int RadiusKm { get; set; } = DefaultRadiusKm;

    /// <summary>The most kilometres a day of visits should take, set by the teacher: a longer day is flagged on the tour.</summary>
    public int MaxKmPerDay { get; set; } = DefaultMaxKmPerDay;

    /// <summary>
    /// The company sells energy-renovation work (isolation, menuiseries, chauffage…): démarchage of individuals by phone,
    /// e-mail, SMS or social networks is forbidden (Code de la consommation L223-1; loi n° 2025-594 du 30 juin 2025).
    /// </summary>
    public bool EnergyRenovation { get; set; }

    public const int DefaultRadiusKm = 40;
    public const int MinRadiusKm = 5;
    public const int MaxRadiusKm = 200;
    public const int DefaultMaxKmPerDay = 150;

    public DateTime CreatedAtUtc { get; set; }
    public List<ScenarioProduct> Products { get; set; } = [];
    public List<ScenarioObjection> Objections { get; set; } = [];

    public bool IsShipped => OwnerId is null;

    /// <summary>The intra-community VAT number: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97 (DOMAIN.md).</summary>
    public string VatNumber => Identifiers.VatNumberFromSiren(Siren) ?? "";
}
