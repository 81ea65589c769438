using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Loyalty;
using ClasseCRM.Web.Features.Operations;

namespace ClasseCRM.Web.Features.Reports;

/// <summary>A count by label (an outcome code, a mailing return, a visit result).</summary>
public sealed record CountLine(string Label, int Count);

/// <summary>One week of activity (Monday to Sunday, Europe/Paris).</summary>
public sealed record WeekLine(DateOnly Monday, int Calls, int Answers, int Visits, int Orders, decimal Revenue);

/// <summary>An operation the report can be filtered on.</summary>
public sealed record OperationChoice(int Id, string Name, Domain.Contacting.Channel Channel, DateOnly Start, DateOnly End);

/// <summary>
/// A student's activity (effectuer le suivi de son activité et de ses résultats): over a period, or exactly the activity
/// of the chosen operations; by channel and outcome, one funnel per channel with its ratios written out, objectives
/// against results, costs, CA, marge, résultat and ROI, loyalty figures and the week-by-week evolution.
/// </summary>
public sealed record ActivityReportViewModel(
    int WorkspaceId,
    bool ForTeacher,
    DateOnly From,
    DateOnly To,
    List<int> OperationIds,
    List<OperationChoice> Choices,
    List<CountLine> Calls,
    List<CountLine> Mailings,
    List<CountLine> Visits,
    ActivityFigures Figures,
    LoyaltyFigures Loyalty,
    List<WeekLine> Weeks)
{
    /// <summary>Whose activity this is, for the teacher reading a pupil's: the workspace and its members.</summary>
    public string? Whose { get; init; }
}

/// <summary>A row of the class dashboard: one student (or pair) and their key figures.</summary>
public sealed record ClassDashboardRow(int WorkspaceId, string Workspace, int Calls, int Appointments, int Orders, decimal Revenue, decimal Margin, DateTime? LastActivityUtc, int OverdueFollowUps)
{
    /// <summary>Where the workspace's latest document stands, agreeing with its noun: non commencé, brouillon, rendu (en retard), retourné, évalué.</summary>
    public string SynthesisStatus { get; init; } = "non commencée";

    /// <summary>The workspace's calls declared and played (jeu de rôle, simulateur), with the RDV each brought (issue 19).</summary>
    public CallModeSplit CallModes { get; init; } = new(0, 0, 0, 0);

    public int? SynthesisId { get; init; }

    /// <summary>Letters and e-mails of the workspace's mailings.</summary>
    public int Sends { get; init; }

    /// <summary>Visits whose compte rendu is written.</summary>
    public int Visits { get; init; }

    /// <summary>For a binôme (two members or more): each member's figures, then « non attribué »; empty for a student alone.</summary>
    public IReadOnlyList<MemberDashboardLine> Members { get; init; } = [];
}

/// <summary>
/// One member's figures inside a binôme on the class dashboard (or « non attribué »: actions made before authorship was
/// recorded). The lines of a workspace add up to its row.
/// </summary>
public sealed record MemberDashboardLine(string Name, bool IsUnattributed, int Calls, int Sends, int Visits, int Appointments, int Orders, decimal Revenue, decimal Margin)
{
    /// <summary>The member's own latest document (each member of a binôme hands in their own) and its state; null on « non attribué ».</summary>
    public int? SynthesisId { get; init; }
    public string? SynthesisStatus { get; init; }
}
