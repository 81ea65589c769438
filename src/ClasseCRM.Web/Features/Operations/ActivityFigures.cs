using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>An operation named in figures (with its id for a link to enter its costs).</summary>
public sealed record OperationRef(int Id, string Name);

/// <summary>How a channel's figures are laid out on a page: the prefix of its element ids, whether the costs can be entered from here.</summary>
public sealed record ChannelSection(ChannelFigures Figures, string IdPrefix, bool CanEnterCosts, bool ShowHeading = true);

/// <summary>A stage of a funnel and how many calls, letters, e-mails or visits reached it.</summary>
public sealed record FunnelStep(string Label, int Count);

/// <summary>
/// The figures of some activity, one section per channel (never stages of two channels in one funnel), then the totals.
/// The same computation serves an operation's results page, a report (filtered on operations or over a period) and the
/// document a student hands in, so that one figure has one value wherever it is shown (issue « one truth »).
/// </summary>
public sealed record ActivityFigures(string ScopeHeading, List<ChannelFigures> Channels, ActivityTotals Totals)
{
    public ChannelFigures? Of(Channel channel) => Channels.FirstOrDefault(c => c.Channel == channel);
}

/// <summary>
/// One channel: its funnel with every stage its ratios use, the ratios named with the channel (« Transformation
/// (téléphone) ») and written out, objectif | réalisé | écart, the orders announced in the activity against the orders
/// confirmed, the costs and what the confirmed orders brought in.
/// </summary>
public sealed record ChannelFigures(
    Channel Channel,
    string ChannelName,
    List<OperationRef> Operations,
    List<FunnelStep> Funnel,
    List<Ratio> Ratios,
    List<ObjectiveResult> Objectives,
    OrderReconciliation Orders,
    CostFigures Costs,
    ProfitFigures Profit)
{
    /// <summary>The phone channel's calls by mode (<see cref="CallModes.Shares"/>) or the field channel's visits made by mode (<see cref="CallModes.VisitShares"/>), with the share of each; null for mail.</summary>
    public List<Ratio>? CallModeShares { get; init; }

    /// <summary>What the modes table counts: « Appels » or « Visites », and the total it divides by.</summary>
    public (string Counted, string Total) ModeUnit => Channel == Channel.Visit ? ("Visites", "Visites réalisées") : ("Appels", "Appels émis");
}

/// <summary>
/// « Commandes annoncées » (a call outcome « commande », an answer « commande », a visit report with an order) and
/// « commandes confirmées » (confirmed orders linked to the operation): named apart and reconciled.
/// </summary>
public sealed record OrderReconciliation(string AnnouncedLabel, int Announced, int Confirmed)
{
    public int Gap => Confirmed - Announced;
}

/// <summary>
/// Coût de l'opération = fixes + variables (frais des comptes rendus de visite compris); coût par contact (utile,
/// réponse…), par RDV, par commande confirmée. When an operation has no cost entered the costs are « non saisis » and
/// every figure that divides by or subtracts a cost is null (« — »): never a ROI computed on 0 €.
/// </summary>
public sealed record CostFigures(
    bool Known,
    List<OperationRef> MissingFor,
    decimal Fixed,
    decimal Variable,
    decimal ReportedExpenses,
    string PerContactLabel,
    int Contacts,
    int Appointments,
    int ConfirmedOrders)
{
    public decimal? Total => Known ? Fixed + Variable : null;

    public decimal? PerContact => Total is { } t ? Money.CostPer(t, Contacts) : null;

    public decimal? PerAppointment => Total is { } t ? Money.CostPer(t, Appointments) : null;

    public decimal? PerOrder => Total is { } t ? Money.CostPer(t, ConfirmedOrders) : null;
}

/// <summary>
/// What confirmed orders brought in: CA HT (Σ orders HT), panier moyen (CA ÷ orders), marge (Σ net commercial − purchase
/// cost), résultat (marge − coût) and ROI (résultat ÷ coût), the last two null when the cost is not entered.
/// </summary>
public sealed record ProfitFigures(int Orders, decimal Revenue, decimal Margin, decimal? Cost)
{
    public decimal? AverageBasket => Money.AverageBasket(Revenue, Orders);

    public decimal? Result => Cost is { } c ? Money.Result(Margin, c) : null;

    public Ratio? ReturnOnInvestment => Cost is { } c ? Money.ReturnOnInvestment(Margin, c) : null;

    public Ratio MarginRate => Money.MarginRate(Revenue, Revenue - Margin);
}

/// <summary>
/// The totals over the channels; over a period, the confirmed orders linked to no operation are counted apart
/// (<see cref="UnlinkedOrders"/>) and included in the totals.
/// </summary>
public sealed record ActivityTotals(ProfitFigures Profit, List<OperationRef> CostsMissingFor, int UnlinkedOrders, decimal UnlinkedRevenue);

/// <summary>An operation's results page: the operation and its channel's figures.</summary>
public sealed record OperationResultsViewModel(Domain.Operation Operation, ChannelFigures Figures)
{
    public IReadOnlyList<FunnelStep> Funnel => Figures.Funnel;

    public IReadOnlyList<Ratio> Ratios => Figures.Ratios;

    public List<ObjectiveResult> Objectives => Figures.Objectives;

    public CostFigures Costs => Figures.Costs;

    public ProfitFigures Profit => Figures.Profit;
}

public sealed record OperationComparisonViewModel(
    int WorkspaceId,
    List<Domain.Operation> Choices,
    OperationResultsViewModel? A,
    OperationResultsViewModel? B,
    bool ForTeacher);
