namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The phoning page's « Jouer avec un partenaire » form: the fiche shown, the contact asked for, the partner chosen.</summary>
public sealed record PairInviteInput(int ProspectId, int? ContactId, string? PartnerId);
