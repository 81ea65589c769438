using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>The phoning page: the prospect to call (the queue's next one, or the one asked for), the queue's size and the session's latest calls.</summary>
public sealed record PhoningViewModel(
    Operation Operation,
    Prospect? Prospect,
    ContactDecision? Decision,
    int Remaining,
    List<RecentCall> Recent,
    Scenario Scenario,
    bool CanWrite)
{
    /// <summary>The shown prospect's earlier calls in this operation, latest first (a call-back shows what was agreed).</summary>
    public List<RecentCall> ProspectCalls { get; init; } = [];

    /// <summary>Call-backs agreed and not due yet: their prospects come back into the queue at that time.</summary>
    public List<UpcomingCallBack> Upcoming { get; init; } = [];

    /// <summary>A French message when the prospect asked for (a reminder's link) is not in the operation's list.</summary>
    public string? Notice { get; init; }

    /// <summary>The student's plan: its plan d'appel and argumentaire replace the scenario's when written.</summary>
    public Domain.Planning.OperationPlan? Plan { get; init; }

    /// <summary>The shown prospect is a call-back that fell due at this time.</summary>
    public DateTime? DueCallBackAtUtc { get; init; }

    /// <summary>
    /// The contact the call form starts on: a company with one contact is called through that contact, so it is chosen
    /// already (issue 18); with several (or none) the student picks, from « — ».
    /// </summary>
    public int? PreselectedContactId => Prospect?.Contacts is [var only] ? only.Id : null;
}
