using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The role-play part of a scenario, as its teacher edits it on /jeu-de-role/scenarios/{id} (a shipped scenario is read only).</summary>
public sealed class ScenarioRolePlayViewModel
{
    public int ScenarioId { get; set; }
    public string ScenarioTitle { get; set; } = "";
    public bool CanEdit { get; set; }

    [Display(Name = "Le standard décroche (%)")]
    [Range(0, 100, ErrorMessage = "Un pourcentage entre 0 et 100.")]
    public int SwitchboardPercent { get; set; }

    [Display(Name = "L'assistant(e) décroche (%)")]
    [Range(0, 100, ErrorMessage = "Un pourcentage entre 0 et 100.")]
    public int AssistantPercent { get; set; }

    [Display(Name = "Le décideur décroche (%)")]
    [Range(0, 100, ErrorMessage = "Un pourcentage entre 0 et 100.")]
    public int DecisionMakerPercent { get; set; }

    [Display(Name = "Quand le décideur est joignable (une possibilité par ligne)")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Reachability { get; set; }

    [Display(Name = "Mobiles SONCAS possibles (initiales : S, O, N, C, A, Sy, E)")]
    [StringLength(100, ErrorMessage = "100 caractères au plus.")]
    public string? Motives { get; set; }

    [Display(Name = "Besoins cachés (un par ligne)")]
    [StringLength(4000, ErrorMessage = "4 000 caractères au plus.")]
    public string? HiddenNeeds { get; set; }

    [Display(Name = "Signaux d'achat (un par ligne)")]
    [StringLength(4000, ErrorMessage = "4 000 caractères au plus.")]
    public string? BuyingSignals { get; set; }

    [Display(Name = "Ce qui fait accepter un RDV ou une commande (un par ligne)")]
    [StringLength(4000, ErrorMessage = "4 000 caractères au plus.")]
    public string? AcceptanceTriggers { get; set; }

    [Display(Name = "Fournisseurs actuels possibles (un par ligne)")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Suppliers { get; set; }

    [Display(Name = "Budget annuel minimum (€ HT)")]
    [Range(typeof(decimal), "0", "10000000", ParseLimitsInInvariantCulture = true, ErrorMessage = "Un budget entre 0 et 10 000 000 €.")]
    public decimal BudgetMin { get; set; }

    [Display(Name = "Budget annuel maximum (€ HT)")]
    [Range(typeof(decimal), "0", "10000000", ParseLimitsInInvariantCulture = true, ErrorMessage = "Un budget entre 0 et 10 000 000 €.")]
    public decimal BudgetMax { get; set; }

    public static ScenarioRolePlayViewModel From(ScenarioRolePlay r, string title, bool canEdit) => new()
    {
        ScenarioId = r.ScenarioId,
        ScenarioTitle = title,
        CanEdit = canEdit,
        SwitchboardPercent = r.SwitchboardPercent,
        AssistantPercent = r.AssistantPercent,
        DecisionMakerPercent = r.DecisionMakerPercent,
        Reachability = r.Reachability,
        Motives = r.Motives,
        HiddenNeeds = r.HiddenNeeds,
        BuyingSignals = r.BuyingSignals,
        AcceptanceTriggers = r.AcceptanceTriggers,
        Suppliers = r.Suppliers,
        BudgetMin = r.BudgetMin,
        BudgetMax = r.BudgetMax,
    };

    /// <summary>The business rules of the form: shares adding up to 100, known motives, min ≤ max.</summary>
    public IEnumerable<(string Field, string Message)> Check()
    {
        var total = SwitchboardPercent + AssistantPercent + DecisionMakerPercent;
        if (total != 100)
        {
            yield return (nameof(SwitchboardPercent), $"Les trois parts « qui décroche » doivent faire 100 % (elles font {total} %).");
        }
        if (!string.IsNullOrWhiteSpace(Motives) && RoleCardGenerator.Motives(Motives).Count == 0)
        {
            yield return (nameof(Motives), "Écrivez les mobiles par leurs initiales SONCAS, séparées par des virgules (par exemple « S, A, C »).");
        }
        if (BudgetMin > BudgetMax)
        {
            yield return (nameof(BudgetMax), "Le budget maximum doit être au moins égal au minimum.");
        }
    }

    public ScenarioRolePlay ToEntity() => new()
    {
        ScenarioId = ScenarioId,
        SwitchboardPercent = SwitchboardPercent,
        AssistantPercent = AssistantPercent,
        DecisionMakerPercent = DecisionMakerPercent,
        Reachability = Clean(Reachability),
        Motives = Motives?.Trim() ?? "",
        HiddenNeeds = Clean(HiddenNeeds),
        BuyingSignals = Clean(BuyingSignals),
        AcceptanceTriggers = Clean(AcceptanceTriggers),
        Suppliers = Clean(Suppliers),
        BudgetMin = decimal.Round(BudgetMin, 2, MidpointRounding.AwayFromZero),
        BudgetMax = decimal.Round(BudgetMax, 2, MidpointRounding.AwayFromZero),
    };

    private static string Clean(string? lines) => string.Join('\n', ScenarioRolePlay.Lines(lines ?? ""));
}
