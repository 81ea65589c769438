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

    /// <summary>Départements where prospects are drawn, comma-separated (e.g. "35,22,56").</summary>
    public string TargetDepartments { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
    public List<ScenarioProduct> Products { get; set; } = [];
    public List<ScenarioObjection> Objections { get; set; } = [];

    public bool IsShipped => OwnerId is null;

    /// <summary>The intra-community VAT number: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97 (DOMAIN.md).</summary>
    public string VatNumber => Identifiers.VatNumberFromSiren(Siren) ?? "";
}
