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
    ProspectProfileSeed Prospects);

public sealed record CompanySeed(
    string Name, string LegalForm, string Siren, string RcsCity, string Street, string PostalCode, string City,
    string Phone, string Email, string NafCode, string Sector, string Siret = "", bool VatOnDebits = false);

public sealed record NegotiationSeed(decimal MaxDiscountRate, List<string> PaymentTerms, int DeliveryLeadTimeDays);

public sealed record ProductSeed(
    string Reference, string Designation, string Unit, decimal PriceExclVat, decimal PurchaseCostExclVat, decimal VatRate, decimal MaxDiscountRate, bool IsService = false);

public sealed record ObjectionSeed(string Objection, string Type, string Technique, string Answer);

public sealed record ProspectProfileSeed(int Count, List<string> Departments, List<int> Employees, List<SegmentSeed> Segments, List<ContactSeed> Contacts);

public sealed record SegmentSeed(string NafCode, List<string> NamePatterns);

public sealed record ContactSeed(string JobTitle, [property: JsonConverter(typeof(JsonStringEnumConverter))] Domain.ContactRole Role);
