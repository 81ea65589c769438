using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Features.Shared;
using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>A part of the synthesis as a document: what the PDF and the DOCX both lay out, in the same order.</summary>
public abstract record DocBlock;

public sealed record DocHeading(string Text, int Level) : DocBlock;

/// <summary>A paragraph; line breaks typed by the student are kept.</summary>
public sealed record DocParagraph(string Text, bool Muted = false) : DocBlock;

/// <summary>A table with a header row; the columns listed in <paramref name="NumericColumns"/> are right-aligned.</summary>
public sealed record DocTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> NumericColumns) : DocBlock;

/// <summary>A horizontal bar chart (one bar per series and label); its figures are also in a table of the document.</summary>
public sealed record DocChart(string Caption, ChartSpec Spec) : DocBlock;

/// <summary>
/// The synthesis laid out as a document (the cover page and the six parts of DOMAIN.md, then the assessment when there is one): the one
/// source of the PDF and the DOCX exports, so that both say the same thing as the page.
/// </summary>
public static class SynthesisDocument
{
    public static string Percent(decimal? p) => French.Points(p);

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", French.Culture);

    /// <summary>A channel's funnel, as drawn on the page and in the PDF.</summary>
    public static ChartSpec FunnelChart(Operations.ChannelFigures c) =>
        new("bar", c.Funnel.Select(l => l.Label).ToList(), [new ChartSeries("Nombre", c.Funnel.Select(l => (decimal?)l.Count).ToList())], Horizontal: true);

    /// <summary>Objective against achieved for the counted objectives of a channel (money has its own table).</summary>
    public static ChartSpec ObjectivesChart(Operations.ChannelFigures c)
    {
        var counted = c.Objectives.Where(o => !o.IsMoney).ToList();
        return new("bar", counted.Select(o => o.Name).ToList(),
            [new ChartSeries("Objectif", counted.Select(o => (decimal?)o.Objective).ToList()), new ChartSeries("Réalisé", counted.Select(o => (decimal?)o.Achieved).ToList())], Horizontal: true);
    }

    /// <summary>Part 3 for one channel: funnel, objectives, ratios written out, orders announced and confirmed, costs and money.</summary>
    private static IEnumerable<DocBlock> Results(Operations.ChannelFigures c)
    {
        var n = c.ChannelName;
        yield return new DocHeading($"{char.ToUpperInvariant(n[0])}{n[1..]} — {string.Join(", ", c.Operations.Select(o => $"« {o.Name} »"))}", 2);
        yield return new DocTable($"Entonnoir ({n})", ["Étape", "Nombre"], c.Funnel.Select(l => (IReadOnlyList<string>)[l.Label, French.Number(l.Count)]).ToList(), [1]);
        yield return new DocChart($"Entonnoir ({n})", FunnelChart(c));
        if (c.CallModeShares is { } modes)
        {
            yield return new DocTable($"{c.ModeUnit.Counted} par mode ({n})", ["Mode", "Formule", c.ModeUnit.Counted, "Part"],
                modes.Select(m => (IReadOnlyList<string>)[m.Name, m.Formula, French.Figure(m.Numerator), Percent(m.Percent)]).ToList(), [2, 3]);
        }
        yield return new DocTable($"Objectif | réalisé | écart ({n})", ["Indicateur", "Objectif", "Réalisé", "Écart", "Écart %", "Taux de réalisation"],
            c.Objectives.Select(o =>
            {
                string V(decimal v) => o.IsMoney ? French.Money(v) : French.Figure(v);
                return (IReadOnlyList<string>)[o.Name, V(o.Objective), V(o.Achieved), V(o.Gap), Percent(o.GapRate.Percent), Percent(o.AchievementRate.Percent)];
            }).ToList(), [1, 2, 3, 4, 5]);
        yield return new DocChart($"Objectifs et réalisé ({n})", ObjectivesChart(c));
        yield return new DocTable($"Ratios ({n}) et formules", ["Ratio", "Formule", "Calcul", "Taux"],
            c.Ratios.Select(r => (IReadOnlyList<string>)[r.Name, r.Formula, $"{French.Figure(r.Numerator)} ÷ {French.Figure(r.Denominator)} × 100", Percent(r.Percent)]).ToList(), [3]);
        yield return new DocTable($"Commandes ({n})", ["Commandes", "Nombre"],
        [
            [c.Orders.AnnouncedLabel, French.Number(c.Orders.Announced)], ["Commandes confirmées (bons de commande liés)", French.Number(c.Orders.Confirmed)],
            ["Écart (confirmées − annoncées)", c.Orders.Gap.ToString(French.Culture)],
        ], [1]);
        yield return new DocTable($"Coûts, CA, marge, ROI ({n})", ["Indicateur", "Montant"],
        [
            ["Coût de l'opération", c.Costs.Total is { } t ? French.Money(t) : "coûts non saisis"],
            [c.Costs.PerContactLabel, French.Money(c.Costs.PerContact)],
            ["Coût par RDV", French.Money(c.Costs.PerAppointment)], ["Coût par commande confirmée", French.Money(c.Costs.PerOrder)],
            ["Commandes confirmées", French.Number(c.Profit.Orders)],
            ["CA HT (commandes confirmées)", French.Money(c.Profit.Revenue)], ["Panier moyen (CA ÷ commandes)", French.Money(c.Profit.AverageBasket)],
            ["Marge", French.Money(c.Profit.Margin)], ["Taux de marque (marge ÷ CA HT)", Percent(c.Profit.MarginRate.Percent)],
            ["Résultat (marge − coûts)", French.Money(c.Profit.Result)], ["ROI (résultat ÷ coûts × 100)", Percent(c.Profit.ReturnOnInvestment?.Percent)],
        ], [1]);
        if (!c.Costs.Known)
        {
            yield return new DocParagraph($"Coûts non saisis pour {string.Join(", ", c.Costs.MissingFor.Select(o => $"« {o.Name} »"))} : les chiffres qui en dépendent sont « — ».", Muted: true);
        }
    }

    /// <summary>
    /// The document in the order of DOMAIN.md: the cover page on its own page, 1. Contexte (with the justification of each
    /// operation), 2. Organisation (with the annexes), 3. Résultats, 4. Analyse, 5. Rétroagir, 6. Suivi et fidélisation
    /// when the period has customers, then the assessment. <paramref name="annexes"/> replaces the document's own
    /// (<see cref="SynthesisPageViewModel.Annexes"/>) when given.
    /// </summary>
    public static List<DocBlock> Build(SynthesisPageViewModel page, string studentName, DocumentAnnexes? annexes = null)
    {
        var f = page.Facts;
        var extra = annexes ?? page.Annexes;
        var blocks = new List<DocBlock>();
        blocks.AddRange(SynthesisDocumentParts.Cover(page, studentName));
        blocks.Add(new DocHeading("1. Contexte", 1));
        blocks.Add(new DocParagraph($"{f.Company} — {f.Offer}"));
        blocks.Add(new DocTable("Opérations : objectif, cible et critères, coûts", ["Opération", "Objectif général", "Cible (critères)", "Coûts"],
            f.Operations.Select(o => (IReadOnlyList<string>)[o.Name, string.IsNullOrWhiteSpace(o.Goal) ? "—" : o.Goal, o.Criteria, o.Budget is { } b ? French.Money(b) : "coûts non saisis"]).ToList(), [3]));
        blocks.AddRange(SynthesisDocumentParts.Justifications(f, extra));

        blocks.Add(new DocHeading("2. Organisation", 1));
        blocks.Add(new DocTable("Technique, planning et fichier", ["Opération", "Technique", "Planning", "Retenus / exclus"],
            f.Operations.Select(o => (IReadOnlyList<string>)[o.Name, o.Channel, $"{Day(o.Start)} – {Day(o.End)}", $"{o.Targets} / {o.Excluded}"]).ToList(), [3]));
        blocks.AddRange(SynthesisDocumentParts.Annexes(extra));

        blocks.Add(new DocHeading("3. Résultats", 1));
        if (f.Figures is { } figures)
        {
            blocks.Add(new DocParagraph(figures.ScopeHeading + "."));
            blocks.AddRange(figures.Channels.SelectMany(Results));
        }
        else
        {
            blocks.Add(new DocParagraph("Chiffres figés dans un ancien format : consultez la version rendue auprès de l'enseignant.", Muted: true));
        }

        blocks.AddRange(SynthesisDocumentParts.Analysis(page));
        blocks.AddRange(SynthesisDocumentParts.Retroaction(page));
        blocks.AddRange(SynthesisDocumentParts.Loyalty(f.Loyalty));

        if (page.Assessment is { } a && page.AssessedRubric is { } rubric)
        {
            var levels = SynthesisAssessmentService.LevelsOf(a);
            blocks.Add(new DocHeading($"Évaluation de {a.AssessorName}, le {French.Date(a.AssessedAtUtc)}", 1));
            if (a.Mark is { } mark)
            {
                blocks.Add(new DocParagraph($"Note : {mark.ToString("0.##", French.Culture)} / {rubric.MarkOutOf}"));
            }
            blocks.Add(new DocTable("Niveau atteint par critère", ["Critère", "Niveau"],
                rubric.Keys.Select(k => (IReadOnlyList<string>)[k, levels.TryGetValue(k, out var l) && rubric.IsLevel(l) ? rubric.LevelLabel(l) : "—"]).ToList(), []));
            foreach (var (label, comment) in a.Comments())
            {
                if (comment is not null)
                {
                    blocks.Add(new DocHeading(label, 2));
                    blocks.Add(new DocParagraph(comment));
                }
            }
        }
        return blocks;
    }
}
