using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Loyalty;
using ClasseCRM.Web.Features.Operations;

namespace ClasseCRM.Web.Features.Reports;

/// <summary>A count by label (an outcome code, a mailing return, a visit result).</summary>
public sealed record CountLine(string Label, int Count);

/// <summary>One week of activity (Monday to Sunday, Europe/Paris).</summary>
public sealed record WeekLine(DateOnly Monday, int Calls, int Answers, int Visits, int Orders, decimal Revenue);

/// <summary>
/// A student's activity over a period (effectuer le suivi de son activité et de ses résultats): by channel and outcome,
/// the funnel, every ratio with its formula, CA, panier moyen, marge, costs, résultat and ROI, objectives against
/// results, loyalty figures and the week-by-week evolution.
/// </summary>
public sealed record ActivityReportViewModel(
    int WorkspaceId,
    bool ForTeacher,
    DateOnly From,
    DateOnly To,
    List<CountLine> Calls,
    List<CountLine> Mailings,
    List<CountLine> Visits,
    IReadOnlyList<FunnelStep> Funnel,
    IReadOnlyList<Ratio> Ratios,
    ProfitFigures Profit,
    List<ObjectiveResult> Objectives,
    LoyaltyFigures Loyalty,
    List<WeekLine> Weeks);

/// <summary>A row of the class dashboard: one student (or pair) and their key figures.</summary>
public sealed record ClassDashboardRow(int WorkspaceId, string Workspace, int Calls, int Appointments, int Orders, decimal Revenue, decimal Margin, DateTime? LastActivityUtc, int OverdueFollowUps)
{
    /// <summary>Where the student's latest synthesis stands: non commencée, brouillon, rendue (en retard), retournée, évaluée.</summary>
    public string SynthesisStatus { get; init; } = "non commencée";

    public int? SynthesisId { get; init; }
}
