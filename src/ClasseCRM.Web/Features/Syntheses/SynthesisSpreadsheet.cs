using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Infrastructure.Spreadsheets;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// The figures of a synthesis (as frozen at hand-in, or live for a draft) as spreadsheet rows: one block per channel,
/// each label in its own cell and each value in the next as a number with its French format (€, %, counts), so that a
/// student can recompute them; « — » where a figure has no value (a cost not entered, a division by zero).
/// </summary>
public static class SynthesisSpreadsheet
{
    private static readonly XlsxCell Dash = XlsxCell.Text("—");

    private static XlsxCell Money(decimal? v) => v is { } m ? XlsxCell.Money(m) : Dash;

    private static XlsxCell Count(decimal v) => v == decimal.Truncate(v) ? XlsxCell.Integer((long)v) : XlsxCell.Decimal(v);

    private static XlsxCell Points(decimal? percent) => percent is { } p ? XlsxCell.Percent(p / 100m) : Dash;

    public static List<IReadOnlyList<XlsxCell>> Rows(Synthesis s, SynthesisFacts f)
    {
        var rows = new List<IReadOnlyList<XlsxCell>>
        {
            new XlsxCell[] { "Document", s.Title, "Version", XlsxCell.Integer(s.Version) },
            new XlsxCell[] { "Période", f.From.ToString("dd/MM/yyyy", Infrastructure.Formatting.French.Culture), "au", f.To.ToString("dd/MM/yyyy", Infrastructure.Formatting.French.Culture) },
            new XlsxCell[] { "Partie", "Opération", "Technique", "Début", "Fin", "Coûts HT", "Critères de la cible" },
        };
        rows.AddRange(f.Operations.Select(o => (IReadOnlyList<XlsxCell>)
            ["Contexte", o.Name, o.Channel, o.Start.ToString("dd/MM/yyyy", Infrastructure.Formatting.French.Culture), o.End.ToString("dd/MM/yyyy", Infrastructure.Formatting.French.Culture),
                o.Budget is { } b ? XlsxCell.Money(b) : "non saisis", o.Criteria]));
        if (f.Figures is not { } figures)
        {
            return rows;
        }
        rows.Add(["Périmètre", figures.ScopeHeading]);
        foreach (var c in figures.Channels)
        {
            XlsxCell part = $"Résultats ({c.ChannelName})";
            rows.Add([part, "Étape", "Nombre"]);
            rows.AddRange(c.Funnel.Select(l => (IReadOnlyList<XlsxCell>)[part, l.Label, XlsxCell.Integer(l.Count)]));
            if (c.CallModeShares is { } modes)
            {
                // Issue 19: how the calls or visits were made (déclarés, joués en jeu de rôle, joués au simulateur), as the document shows it.
                rows.Add([part, "Mode", "Part", "Formule", c.ModeUnit.Counted, c.ModeUnit.Total]);
                rows.AddRange(modes.Select(m => (IReadOnlyList<XlsxCell>)[part, m.Name, Points(m.Percent), m.Formula, Count(m.Numerator), Count(m.Denominator)]));
            }
            rows.Add([part, "Ratio", "Taux", "Formule", "Numérateur", "Dénominateur"]);
            rows.AddRange(c.Ratios.Select(r => (IReadOnlyList<XlsxCell>)[part, r.Name, Points(r.Percent), r.Formula, Count(r.Numerator), Count(r.Denominator)]));
            rows.Add([part, "Indicateur", "Objectif", "Réalisé", "Écart", "Écart (%)"]);
            rows.AddRange(c.Objectives.Select(o => (IReadOnlyList<XlsxCell>)
                [part, o.Name, o.IsMoney ? XlsxCell.Money(o.Objective) : Count(o.Objective), o.IsMoney ? XlsxCell.Money(o.Achieved) : Count(o.Achieved),
                    o.IsMoney ? XlsxCell.Money(o.Gap) : Count(o.Gap), Points(o.GapRate.Percent)]));
            rows.Add([part, c.Orders.AnnouncedLabel, XlsxCell.Integer(c.Orders.Announced)]);
            rows.Add([part, "Commandes confirmées", XlsxCell.Integer(c.Orders.Confirmed)]);
            rows.Add([part, "Coût de l'opération HT", c.Costs.Total is { } t ? XlsxCell.Money(t) : "coûts non saisis"]);
            rows.Add([part, c.Costs.PerContactLabel, Money(c.Costs.PerContact)]);
            rows.Add([part, "Coût par RDV", Money(c.Costs.PerAppointment)]);
            rows.Add([part, "Coût par commande confirmée", Money(c.Costs.PerOrder)]);
            rows.Add([part, "CA HT", XlsxCell.Money(c.Profit.Revenue)]);
            rows.Add([part, "Panier moyen", Money(c.Profit.AverageBasket)]);
            rows.Add([part, "Marge", XlsxCell.Money(c.Profit.Margin)]);
            rows.Add([part, "Taux de marque", Points(c.Profit.MarginRate.Percent)]);
            rows.Add([part, "Résultat (marge − coûts)", Money(c.Profit.Result)]);
            rows.Add([part, "ROI", Points(c.Profit.ReturnOnInvestment?.Percent)]);
        }
        return rows;
    }
}
