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
}
