using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>A fiche of the file and its role card, as the cards page lists them.</summary>
public sealed record RoleCardListItem(RoleCard Card, string ProspectName);
