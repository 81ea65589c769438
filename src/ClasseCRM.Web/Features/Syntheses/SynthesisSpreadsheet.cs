using System.Globalization;
using ClasseCRM.Web.Domain.Syntheses;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// The figures of a synthesis (as frozen at hand-in, or live for a draft) as spreadsheet rows: one block per channel,
/// each label in its own cell and each value in the next, so that a student can recompute them.
/// </summary>
public static class SynthesisSpreadsheet
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] ContextHeader = ["Partie", "Opération", "Technique", "Début", "Fin", "Coûts (HT)", "Critères de la cible"];

    public static List<IReadOnlyList<string?>> Rows(Synthesis s, SynthesisFacts f)
    {
        var rows = new List<IReadOnlyList<string?>>
        {
            new[] { "Synthèse", s.Title, $"version {s.Version}" },
            new[] { "Période", f.From.ToString("dd/MM/yyyy", Inv), f.To.ToString("dd/MM/yyyy", Inv) },
            ContextHeader,
        };
        rows.AddRange(f.Operations.Select(o => (IReadOnlyList<string?>)["Contexte", o.Name, o.Channel, o.Start.ToString("dd/MM/yyyy", Inv), o.End.ToString("dd/MM/yyyy", Inv), o.Budget?.ToString("0.00", Inv) ?? "non saisis", o.Criteria]));
        if (f.Figures is not { } figures)
        {
            return rows;
        }
        rows.Add(["Périmètre", figures.ScopeHeading]);
        foreach (var c in figures.Channels)
        {
            var part = $"Résultats ({c.ChannelName})";
            rows.Add([part, "Étape", "Nombre"]);
            rows.AddRange(c.Funnel.Select(l => (IReadOnlyList<string?>)[part, l.Label, l.Count.ToString(Inv)]));
            rows.Add([part, "Ratio", "Taux (%)", "Formule", "Numérateur", "Dénominateur"]);
            rows.AddRange(c.Ratios.Select(r => (IReadOnlyList<string?>)[part, r.Name, r.Percent?.ToString("0.0", Inv), r.Formula, r.Numerator.ToString("0.##", Inv), r.Denominator.ToString("0.##", Inv)]));
            rows.Add([part, "Objectif", "Objectif", "Réalisé", "Écart", "Écart (%)"]);
            rows.AddRange(c.Objectives.Select(o => (IReadOnlyList<string?>)[part, o.Name, o.Objective.ToString("0.##", Inv), o.Achieved.ToString("0.##", Inv), o.Gap.ToString("0.##", Inv), o.GapRate.Percent?.ToString("0.0", Inv)]));
            rows.Add([part, c.Orders.AnnouncedLabel, c.Orders.Announced.ToString(Inv)]);
            rows.Add([part, "Commandes confirmées", c.Orders.Confirmed.ToString(Inv)]);
            rows.Add([part, "Coût de l'opération (HT)", c.Costs.Total?.ToString("0.00", Inv) ?? "non saisis"]);
            rows.Add([part, "CA HT", c.Profit.Revenue.ToString("0.00", Inv)]);
            rows.Add([part, "Marge", c.Profit.Margin.ToString("0.00", Inv)]);
            rows.Add([part, "Résultat (marge − coûts)", c.Profit.Result?.ToString("0.00", Inv)]);
            rows.Add([part, "ROI (%)", c.Profit.ReturnOnInvestment?.Percent?.ToString("0.0", Inv)]);
        }
        return rows;
    }
}
