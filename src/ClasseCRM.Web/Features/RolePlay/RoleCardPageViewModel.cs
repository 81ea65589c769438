using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>A role card's page: the card as stored, its fiche's name and the form (what was typed on an error).</summary>
public sealed record RoleCardPageViewModel(RoleCard Card, string ProspectName, RoleCardEditViewModel Form);
