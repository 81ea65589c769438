namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>
/// The role-play part of a scenario (issue 19): what a fiche's prospect may be like when played — who picks up, when the
/// décideur is reachable, the SONCAS motives, hidden needs and budgets, buying signals, what makes them accept a RDV or
/// an order. Each list is one choice a line; <see cref="RoleCardGenerator"/> draws a card per fiche from it. A scenario
/// without this part plays with <see cref="Defaults"/>.
/// </summary>
public sealed class ScenarioRolePlay
{
    public int ScenarioId { get; set; }

    /// <summary>Who picks up, in % (the three add up to 100).</summary>
    public int SwitchboardPercent { get; set; } = 40;
    public int AssistantPercent { get; set; } = 35;
    public int DecisionMakerPercent { get; set; } = 25;

    /// <summary>When the décideur can be reached, one a line; the first hour written (« 9 h ») sets the call-back time.</summary>
    public string Reachability { get; set; } = "";

    /// <summary>The SONCAS(E) motives the prospects may hold most, as initials separated by commas (S, O, N, C, A, Sy, E).</summary>
    public string Motives { get; set; } = "";
    public string HiddenNeeds { get; set; } = "";
    public string BuyingSignals { get; set; } = "";

    /// <summary>What makes the prospect accept a RDV or an order, one a line.</summary>
    public string AcceptanceTriggers { get; set; } = "";

    /// <summary>Competitors a prospect may already buy from, one a line (a fiche's own current supplier comes first).</summary>
    public string Suppliers { get; set; } = "";

    /// <summary>The yearly budget a prospect may have for the offer, excl. VAT, between these bounds (whole euros).</summary>
    public decimal BudgetMin { get; set; } = 1500m;
    public decimal BudgetMax { get; set; } = 12000m;

    public static IReadOnlyList<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The defaults every scenario plays with until its teacher writes its own part.</summary>
    public static ScenarioRolePlay Defaults(int scenarioId) => new()
    {
        ScenarioId = scenarioId,
        Reachability = string.Join('\n',
            "Le matin, entre 9 h et 11 h, avant les rendez-vous",
            "En début d'après-midi, vers 14 h",
            "En fin de journée, après 17 h",
            "Le mardi et le jeudi, vers 10 h"),
        Motives = "S, O, N, C, A, Sy, E",
        HiddenNeeds = string.Join('\n',
            "Remplacer un équipement vieillissant avant la fin de l'année",
            "Réduire ses coûts sans changer ses habitudes",
            "Gagner du temps sur une tâche qui agace l'équipe",
            "Préparer l'arrivée de nouveaux salariés",
            "Être mieux suivi : le fournisseur actuel ne rappelle jamais"),
        BuyingSignals = string.Join('\n',
            "Demande le délai de livraison",
            "Demande si l'on peut essayer avant d'acheter",
            "Parle de son équipe et de ses besoins à venir",
            "Demande les conditions de paiement",
            "Compare avec son fournisseur actuel"),
        AcceptanceTriggers = string.Join('\n',
            "Une démonstration sur place, sans engagement",
            "Un chiffrage précis des économies",
            "Une référence d'un client du même secteur",
            "Un rendez-vous court, proposé par une alternative",
            "Un geste commercial sur la première commande"),
        Suppliers = string.Join('\n', "Un grand distributeur national", "Un commerçant local", "Un site de vente en ligne"),
    };
}
