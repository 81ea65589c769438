using System.Globalization;
using System.Text.RegularExpressions;

namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>
/// Draws a fiche's role card from the scenario's role-play part and its objection grid (issue 19, item 1), seeded by the
/// fiche id: the same fiche gets the same card every time, so a regenerated file plays as before and tests are exact.
/// A consumer (B2C) picks up themselves; a fiche's own current supplier is kept; 2 or 3 objections of the grid, each
/// held low, medium or high.
/// </summary>
public static partial class RoleCardGenerator
{
    /// <summary>The objection a card gets when the scenario's grid is empty: every prospect has at least one.</summary>
    public static readonly RoleCardObjection Fallback = new() { Text = "Nous sommes déjà équipés, merci.", Type = "Besoin", Firmness = Firmness.Medium };

    public static RoleCard Generate(RoleCardFacts fiche, ScenarioRolePlay profile, IReadOnlyList<ScenarioObjection> grid, DateTime nowUtc)
    {
        var defaults = ScenarioRolePlay.Defaults(profile.ScenarioId);
        var draw = new SeededDraw(SeededDraw.Mix(fiche.ProspectId, 19));
        var roll = draw.Next(100);
        var pickUp = fiche.IsIndividual ? PickUpBy.DecisionMaker
            : roll < profile.SwitchboardPercent ? PickUpBy.Switchboard
            : roll < profile.SwitchboardPercent + profile.AssistantPercent ? PickUpBy.Assistant
            : PickUpBy.DecisionMaker;
        var reachability = draw.Pick(OrDefault(profile.Reachability, defaults.Reachability));
        var supplier = draw.Pick(OrDefault(profile.Suppliers, defaults.Suppliers));
        if (!string.IsNullOrWhiteSpace(fiche.CurrentSupplier))
        {
            supplier = fiche.CurrentSupplier.Trim();
        }
        var need = draw.Pick(OrDefault(profile.HiddenNeeds, defaults.HiddenNeeds));
        var (low, high) = profile.BudgetMin <= profile.BudgetMax ? (profile.BudgetMin, profile.BudgetMax) : (profile.BudgetMax, profile.BudgetMin);
        var steps = (int)Math.Min(10_000, decimal.Floor((high - low) / 100m));
        var budget = decimal.Round(low, 0, MidpointRounding.AwayFromZero) + (100m * draw.Next(steps + 1));
        var motives = Motives(profile.Motives);
        var motive = draw.Pick(motives.Count > 0 ? motives : Motives(defaults.Motives));
        var signals = draw.PickDistinct(OrDefault(profile.BuyingSignals, defaults.BuyingSignals), 2);
        var accepts = draw.Pick(OrDefault(profile.AcceptanceTriggers, defaults.AcceptanceTriggers));
        var count = 2 + draw.Next(2);
        var objections = draw.PickDistinct(grid.Where(o => !string.IsNullOrWhiteSpace(o.Objection)).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToList(), count)
            .Select(o => new RoleCardObjection { Text = o.Objection.Trim(), Type = o.Type.Trim(), Firmness = (Firmness)(1 + draw.Next(3)) })
            .ToList();
        if (objections.Count == 0)
        {
            objections.Add(new RoleCardObjection { Text = Fallback.Text, Type = Fallback.Type, Firmness = Fallback.Firmness });
        }
        return new RoleCard
        {
            WorkspaceId = fiche.WorkspaceId,
            ProspectId = fiche.ProspectId,
            PickUp = pickUp,
            Reachability = reachability,
            ReachableHour = HourOf(reachability),
            CurrentSupplier = supplier,
            HiddenNeed = need,
            Budget = budget,
            DominantMotive = motive,
            BuyingSignals = string.Join('\n', signals),
            AcceptsWhen = accepts,
            Objections = objections,
            GeneratedAtUtc = nowUtc,
        };
    }

    /// <summary>The first hour written in a reachability line (« vers 14 h » → 14), kept within office hours; 10 when none.</summary>
    public static int HourOf(string reachability)
    {
        var match = HourPattern().Match(reachability);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            ? Math.Clamp(hour, 9, 17)
            : 10;
    }

    /// <summary>The motives of a « S, O, N, C, A, Sy, E » list; unknown initials are skipped.</summary>
    public static List<SoncasMotive> Motives(string initials) =>
        initials.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(RolePlayLabels.FromInitial).OfType<SoncasMotive>().Distinct().ToList();

    private static IReadOnlyList<string> OrDefault(string lines, string fallback) =>
        ScenarioRolePlay.Lines(lines) is { Count: > 0 } own ? own : ScenarioRolePlay.Lines(fallback);

    [GeneratedRegex(@"(\d{1,2})\s*h")]
    private static partial Regex HourPattern();
}
