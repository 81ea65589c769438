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
/// The synthesis laid out as a document (the five parts of DOMAIN.md, then the assessment when there is one): the one
/// source of the PDF and the DOCX exports, so that both say the same thing as the page.
/// </summary>
public static class SynthesisDocument
{
    public static string Percent(decimal? p) => p is { } v ? v.ToString("0.0", French.Culture) + "\u00A0%" : "—";

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", French.Culture);

    /// <summary>The funnel of the period, as drawn on the page and in the PDF.</summary>
    public static ChartSpec FunnelChart(SynthesisFacts f) =>
        new("bar", f.Funnel.Select(l => l.Label).ToList(), [new ChartSeries("Nombre", f.Funnel.Select(l => (decimal?)l.Count).ToList())], Horizontal: true);

    /// <summary>Objective against achieved for the counted objectives (money has its own table).</summary>
    public static ChartSpec ObjectivesChart(SynthesisFacts f)
    {
        var counted = f.Objectives.Where(o => !o.IsMoney).ToList();
        return new("bar", counted.Select(o => o.Name).ToList(),
            [new ChartSeries("Objectif", counted.Select(o => (decimal?)o.Objective).ToList()), new ChartSeries("Réalisé", counted.Select(o => (decimal?)o.Achieved).ToList())], Horizontal: true);
    }

    public static List<DocBlock> Build(SynthesisPageViewModel page, string studentName)
    {
        var s = page.Synthesis;
        var f = page.Facts;
        var blocks = new List<DocBlock>
        {
            new DocHeading(s.Title, 0),
            new DocParagraph($"{studentName} — synthèse écrite (U22), version {s.Version}. Période du {Day(f.From)} au {Day(f.To)}."
                + (s.HandedInAtUtc is { } h ? $" Rendue le {French.Timestamp(h)}{(s.IsLate ? " (en retard)" : "")}." : " Brouillon : les chiffres sont ceux du jour."), Muted: true),

            new DocHeading("1. Contexte", 1),
            new DocParagraph($"{f.Company} — {f.Offer}"),
            new DocTable("Opérations : objectif, cible et critères, budget", ["Opération", "Objectif général", "Cible (critères)", "Budget"],
                f.Operations.Select(o => (IReadOnlyList<string>)[o.Name, string.IsNullOrWhiteSpace(o.Goal) ? "—" : o.Goal, o.Criteria, French.Money(o.Budget)]).ToList(), [3]),

            new DocHeading("2. Organisation", 1),
            new DocTable("Technique, planning et fichier", ["Opération", "Technique", "Planning", "Retenus / exclus"],
                f.Operations.Select(o => (IReadOnlyList<string>)[o.Name, o.Channel, $"{Day(o.Start)} – {Day(o.End)}", $"{o.Targets} / {o.Excluded}"]).ToList(), [3]),

            new DocHeading("3. Résultats", 1),
            new DocTable("Entonnoir", ["Étape", "Nombre"], f.Funnel.Select(l => (IReadOnlyList<string>)[l.Label, French.Number(l.Count)]).ToList(), [1]),
            new DocChart("Entonnoir", FunnelChart(f)),
            new DocTable("Objectif | réalisé | écart", ["Indicateur", "Objectif", "Réalisé", "Écart", "Écart %"],
                f.Objectives.Select(o =>
                {
                    string V(decimal v) => o.IsMoney ? French.Money(v) : v.ToString("0.##", French.Culture);
                    return (IReadOnlyList<string>)[o.Name, V(o.Objective), V(o.Achieved), V(o.Gap), Percent(o.GapPercent)];
                }).ToList(), [1, 2, 3, 4]),
        };
        if (f.Objectives.Any(o => !o.IsMoney))
        {
            blocks.Add(new DocChart("Objectifs et réalisé", ObjectivesChart(f)));
        }
        blocks.Add(new DocTable("Ratios et formules", ["Ratio", "Formule", "Calcul", "Taux"],
            f.Ratios.Select(r => (IReadOnlyList<string>)[r.Name, r.Formula, $"{r.Numerator.ToString("0.##", French.Culture)} ÷ {r.Denominator.ToString("0.##", French.Culture)} × 100", Percent(r.Percent)]).ToList(), [3]));
        blocks.Add(new DocTable("Coûts, CA, marge, ROI", ["Indicateur", "Montant"],
        [
            ["Coûts", French.Money(f.Costs)], ["CA HT", French.Money(f.Revenue)], ["Marge", French.Money(f.Margin)],
            ["Résultat (marge − coûts)", French.Money(f.Result)], ["ROI (résultat ÷ coûts × 100)", Percent(f.RoiPercent)],
        ], [1]));

        blocks.Add(new DocHeading("4. Analyse", 1));
        foreach (var (label, text) in new[] { ("Points forts", s.Strengths), ("Points faibles", s.Weaknesses), ("Cause précise de chaque écart", s.GapCauses), ("Jugement argumenté", s.Judgement) })
        {
            blocks.Add(new DocHeading(label, 2));
            blocks.Add(new DocParagraph(text ?? "—"));
        }
        blocks.Add(new DocHeading("5. Rétroagir", 1));
        blocks.Add(new DocHeading("Actions correctives et suites", 2));
        blocks.Add(new DocParagraph(s.CorrectiveActions ?? "—"));

        if (page.Assessment is { } a && page.AssessedRubric is { } rubric)
        {
            var levels = SynthesisService.LevelsOf(a);
            blocks.Add(new DocHeading($"Évaluation de {a.AssessorName}, le {French.Date(a.AssessedAtUtc)}", 1));
            if (a.Mark is { } mark)
            {
                blocks.Add(new DocParagraph($"Note : {mark.ToString("0.##", French.Culture)} / {rubric.MarkOutOf}"));
            }
            blocks.Add(new DocTable("Niveau atteint par critère", ["Critère", "Niveau"],
                rubric.Keys.Select(k => (IReadOnlyList<string>)[k, levels.TryGetValue(k, out var l) && l < rubric.Levels.Count ? rubric.Levels[l] : "—"]).ToList(), []));
            foreach (var (label, comment) in new[] { ("1. Contexte", a.ContextComment), ("2. Organisation", a.OrganisationComment), ("3. Résultats", a.ResultsComment), ("4. Analyse", a.AnalysisComment), ("5. Rétroagir", a.RetroactionComment), ("Appréciation générale", a.OverallComment) })
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
