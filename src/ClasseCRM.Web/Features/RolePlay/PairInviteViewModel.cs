using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The phoning page's, or a visit page's, « Jouer avec un partenaire » form: the fiche shown, its contacts, who may be invited, and what was typed after a refusal.</summary>
public sealed record PairInviteViewModel(int OperationId, Prospect Prospect, int? ContactId, List<PairPartnerOption> Partners, string? Selected, string? Error)
{
    /// <summary>The visit to play (the visit page's form), null for a call (the phoning page's).</summary>
    public int? VisitId { get; init; }
}
