namespace ClasseCRM.Web.Domain.Figures;

/// <summary>The French names of <see cref="CallMode"/>, as results, documents and dashboards print them.</summary>
public static class CallModes
{
    public static IReadOnlyList<CallMode> All { get; } = [CallMode.Declared, CallMode.RolePlay, CallMode.Simulator];

    public static string Label(CallMode mode) => mode switch
    {
        CallMode.Declared => "déclaré",
        CallMode.RolePlay => "jeu de rôle",
        CallMode.Simulator => "simulateur",
        _ => mode.ToString(),
    };

    /// <summary>
    /// The share of each mode among the calls made (issue 19, item 5): every funnel counts all calls, whatever their mode;
    /// this says how many were declared, played with a partner or played against the simulator (appels du mode ÷ appels émis).
    /// </summary>
    public static List<Ratio> Shares(IReadOnlyDictionary<CallMode, int> counts)
    {
        var total = counts.Values.Sum();
        return All.Select(m => new Ratio($"Appels {Counted(m)}", $"appels {Counted(m)} ÷ appels émis", counts.GetValueOrDefault(m), total)).ToList();
    }

    /// <summary>The modes a visit's result can have: declared in the compte rendu, or played in pair (there is no visit simulator).</summary>
    public static IReadOnlyList<CallMode> VisitModes { get; } = [CallMode.Declared, CallMode.RolePlay];

    /// <summary>
    /// The share of each mode among the visits made (issue 19, items 4 and 5): the visit funnel counts every visit with a
    /// compte rendu; this says how many were declared and how many played in pair (visites du mode ÷ visites réalisées).
    /// </summary>
    public static List<Ratio> VisitShares(IReadOnlyDictionary<CallMode, int> counts)
    {
        var total = counts.Values.Sum();
        return VisitModes.Select(m => new Ratio($"Visites {VisitsCounted(m)}", $"visites {VisitsCounted(m)} ÷ visites réalisées", counts.GetValueOrDefault(m), total)).ToList();
    }

    /// <summary>The visits of a mode, as a table names them (« visites déclarées », « visites jouées en jeu de rôle »).</summary>
    public static string VisitsCounted(CallMode mode) => mode == CallMode.Declared ? "déclarées" : "jouées en jeu de rôle";

    /// <summary>The calls of a mode, as a table names them (« appels déclarés », « appels joués au simulateur »).</summary>
    public static string Counted(CallMode mode) => mode switch
    {
        CallMode.Declared => "déclarés",
        CallMode.RolePlay => "joués en jeu de rôle",
        _ => "joués au simulateur",
    };
}
