using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>A pair session's page: the session, who looks at it, the role card when they may read it, and the forms' typed values after a refusal.</summary>
public sealed record PairPageViewModel(PairSession Session, PairRole Role, RoleCard? Card)
{
    public PairResultInput? Result { get; init; }
    public PairDebriefInput? Debrief { get; init; }
    public bool IsTeacher { get; init; }
}
