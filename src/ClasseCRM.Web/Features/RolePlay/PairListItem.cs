using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>A pair session in a list (the teacher's class list, a pupil's own sessions and invitations).</summary>
public sealed record PairListItem(int Id, DateTime CreatedAtUtc, string CallerName, string PartnerName, string ProspectName, string OperationName, PairState State, CallOutcome? Outcome, bool Debriefed)
{
    public PairKind Kind { get; init; }

    /// <summary>A played visit's conclusion (the partner's), null for a call or before it.</summary>
    public Domain.VisitResult? VisitResult { get; init; }
}
