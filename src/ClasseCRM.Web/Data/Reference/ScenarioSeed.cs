using System.Text.Json.Serialization;

namespace ClasseCRM.Web.Data.Reference;

/// <summary>The shape of a seeds/scenarios/*.json file (see seeds/README.md).</summary>
public sealed record ScenarioSeed(
    string Key,
    string Title,
    CompanySeed Company,
    string Market,
    string Offer,
    NegotiationSeed Negotiation,
    string SalesPitch,
    List<ProductSeed> Products,
    List<ObjectionSeed> Objections,
    ProspectProfileSeed Prospects,
    bool EnergyRenovation = false,
    int MaxKmPerDay = Domain.Scenario.DefaultMaxKmPerDay);

public sealed record CompanySeed(
    string Name, string LegalForm, string Siren, string RcsCity, string Street, string PostalCode, string City,
    string Phone, string Email, string NafCode, string Sector, string Siret = "", bool VatOnDebits = false);

public sealed record NegotiationSeed(decimal MaxDiscountRate, List<string> PaymentTerms, int DeliveryLeadTimeDays);

public sealed record ProductSeed(
    string Reference, string Designation, string Unit, decimal PriceExclVat, decimal PurchaseCostExclVat, decimal VatRate, decimal MaxDiscountRate, bool IsService = false);

public sealed record ObjectionSeed(string Objection, string Type, string Technique, string Answer);

/// <summary>
/// How a scenario's prospect file is generated: <see cref="HomeTown"/> (« Rennes (35) ») and <see cref="RadiusKm"/> make
/// its secteur (the départements apply only without a home town); <see cref="CurrentSuppliers"/> are the competitors a
/// business may already buy from (empty for individuals); <see cref="Sources"/>, where the fiches come from (for a renovation
/// company, the legal ways: requests, salons, parrainage).
/// </summary>
public sealed record ProspectProfileSeed(
    int Count, List<string> Departments, List<int> Employees, List<SegmentSeed> Segments, List<ContactSeed> Contacts,
    string? HomeTown = null, int RadiusKm = Domain.Scenario.DefaultRadiusKm, List<string>? CurrentSuppliers = null,
    List<string>? Sources = null);

public sealed record SegmentSeed(string NafCode, List<string> NamePatterns);

public sealed record ContactSeed(string JobTitle, [property: JsonConverter(typeof(JsonStringEnumConverter))] Domain.ContactRole Role);
