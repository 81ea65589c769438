using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.Prospects;

public sealed record ProspectListViewModel(
    int WorkspaceId,
    string WorkspaceName,
    bool CanWrite,
    ProspectQuery Query,
    List<ProspectListItem> Items,
    int Total,
    bool TotalIsCapped,
    int PageSize,
    IReadOnlyList<NafSection> Sections)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The NAF criterion in words, or why it was not applied.</summary>
    public NafCriterion Naf { get; init; } = new(null, null);

    /// <summary>For a search, the fields each row matched (« entreprise », « ville »…), by fiche id.</summary>
    public Dictionary<int, List<string>> Matches { get; init; } = [];

    /// <summary>For a search that found nothing, « Vouliez-vous dire … ? » proposals from the file's own words.</summary>
    public List<SearchSuggestion> Suggestions { get; init; } = [];
}

public sealed record ProspectListItem(
    int Id,
    string Name,
    ProspectKind Kind,
    string PostalCode,
    string City,
    ProspectStatus Status,
    Potential Potential,
    string? Phone,
    string? MainContact,
    DateTime? LastContactAtUtc,
    DateTime CreatedAtUtc,
    bool HasOpposition,
    bool IsAnonymised);
