using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// A call logged in the operation, as the phoning page lists it, with who made it (« par Prénom Nom », null before
/// authorship was recorded), its mode, and the role-play session behind a played call (its transcript or debrief).
/// </summary>
public sealed record RecentCall(int ProspectId, string Name, CallOutcome Outcome, DateTime CalledAtUtc, DateTime? FollowUpAtUtc, string? Notes = null, string? Author = null,
    CallMode Mode = CallMode.Declared, int? PlayedSessionId = null);
