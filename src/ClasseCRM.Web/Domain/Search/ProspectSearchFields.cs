namespace ClasseCRM.Web.Domain.Search;

/// <summary>The fields of a fiche that a search looks at, read for the rows of a result page (<see cref="MatchedFields"/>).</summary>
public sealed record ProspectSearchFields(
    int Id,
    ProspectKind Kind,
    string Name,
    string City,
    string PostalCode,
    string? Email,
    string? Phone,
    string? Siret,
    string? Notes,
    List<ContactSearchFields> Contacts);
