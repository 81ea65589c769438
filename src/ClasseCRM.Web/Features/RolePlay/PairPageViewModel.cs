using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>A pair session's page: the session, who looks at it, the role card when they may read it, and the forms' typed values after a refusal.</summary>
public sealed record PairPageViewModel(PairSession Session, PairRole Role, RoleCard? Card)
{
    public PairResultInput? Result { get; init; }
    public PairDebriefInput? Debrief { get; init; }
    public bool IsTeacher { get; init; }
    public PairOfferInput? Offer { get; init; }
    public PairVisitResultInput? VisitResult { get; init; }

    /// <summary>The scenario's catalogue for the seller's négociation form (a played visit, while it is played).</summary>
    public List<PairOffer> Catalogue { get; init; } = [];
}
