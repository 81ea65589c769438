using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// The parts of the document a student writes or that frame the results: the cover page, the justifications and
/// annexes, 4. Analyse with the cause of each objective row, 5. Rétroagir as a table, 6. Suivi et fidélisation. The page
/// shows the same tables (same captions, same order).
/// </summary>
public static class SynthesisDocumentParts
{
    public static readonly IReadOnlyList<string> CauseHeader = ["Indicateur", "Objectif", "Réalisé", "Écart", "Cause de l'écart"];
    public static readonly IReadOnlyList<string> ActionHeader = ["Écart", "Cause", "Action corrective", "Échéance", "Indicateur de suivi"];

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", French.Culture);

    /// <summary>The cover page's lines (label, value), in the order the page, the PDF and the DOCX show them.</summary>
    public static List<(string Label, string Value)> CoverLines(SynthesisPageViewModel page, string studentName)
    {
        var f = page.Facts;
        var cover = page.Cover;
        return
        [
            ("Élève", studentName),
            ("Classe", cover?.ClassName ?? "—"),
            ("Établissement", cover?.School ?? "—"),
            ("Année scolaire", cover?.SchoolYear ?? SynthesisCover.SchoolYearOf(f.To)),
            ("Entreprise support", f.Company),
            ("Opérations", f.Operations.Count == 0 ? "—" : string.Join(" ; ", f.Operations.Select(o => $"« {o.Name} » — {o.Channel}, du {Day(o.Start)} au {Day(o.End)}"))),
            ("Période", $"du {Day(f.From)} au {Day(f.To)}"),
        ];
    }

    /// <summary>Page de garde: title, document name, the cover lines, then a new page.</summary>
    public static IEnumerable<DocBlock> Cover(SynthesisPageViewModel page, string studentName)
    {
        var s = page.Synthesis;
        var doc = page.Referentiel.Document;
        yield return new DocHeading(s.Title, 0);
        yield return new DocParagraph($"{doc.Title} — {doc.Subtitle} ({page.Referentiel.ShortName}).");
        foreach (var (label, value) in CoverLines(page, studentName))
        {
            yield return new DocParagraph($"{label} : {value}");
        }
        yield return new DocParagraph($"Version {s.Version}."
            + (s.HandedInAtUtc is { } h ? $" {char.ToUpperInvariant(doc.HandedIn[0])}{doc.HandedIn[1..]} le {French.Timestamp(h)}{(s.IsLate ? " (en retard)" : "")}." : " Brouillon : les chiffres sont ceux du jour."), Muted: true);
        yield return new DocPageBreak();
    }

    /// <summary>The justification of each operation, under 1. Contexte (none until the plan's texts are wired).</summary>
    public static IEnumerable<DocBlock> Justifications(SynthesisFacts f, DocumentAnnexes annexes)
    {
        foreach (var o in f.Operations)
        {
            if (o.Id is { } id && annexes.Justifications.TryGetValue(id, out var text) && !string.IsNullOrWhiteSpace(text))
            {
                yield return new DocHeading($"Pourquoi « {o.Name} » : cible, technique et objectifs", 2);
                yield return new DocParagraph(text);
            }
        }
    }

    /// <summary>The annexes, under 2. Organisation.</summary>
    public static IEnumerable<DocBlock> Annexes(DocumentAnnexes annexes)
    {
        foreach (var a in annexes.Annexes)
        {
            yield return new DocHeading(a.Title, 2);
            if (!string.IsNullOrWhiteSpace(a.Text))
            {
                yield return new DocParagraph(a.Text);
            }
            if (a.Table is { } t)
            {
                yield return t;
            }
        }
    }

    /// <summary>A channel's objective rows with the cause the student wrote for each.</summary>
    public static DocTable CauseTable(Operations.ChannelFigures c, IReadOnlyList<SynthesisGapCause> causes) =>
        new($"Cause de chaque écart ({c.ChannelName})", CauseHeader,
            c.Objectives.Select(o =>
            {
                string V(decimal v) => o.IsMoney ? French.Money(v) : French.Figure(v);
                return (IReadOnlyList<string>)[o.Name, V(o.Objective), V(o.Achieved), V(o.Gap), SynthesisRows.CauseOf(causes, c.Channel.ToString(), o.Name) ?? "—"];
            }).ToList(), [1, 2, 3]);

    /// <summary>4. Analyse: points forts, points faibles, the cause of each row per channel (and an older document's text), jugement.</summary>
    public static IEnumerable<DocBlock> Analysis(SynthesisPageViewModel page)
    {
        var s = page.Synthesis;
        yield return new DocHeading("4. Analyse", 1);
        yield return new DocHeading("Points forts", 2);
        yield return new DocParagraph(s.Strengths ?? "—");
        yield return new DocHeading("Points faibles", 2);
        yield return new DocParagraph(s.Weaknesses ?? "—");
        yield return new DocHeading("Cause précise de chaque écart", 2);
        foreach (var c in page.Facts.Figures?.Channels ?? [])
        {
            yield return CauseTable(c, page.GapCauses);
        }
        if (!string.IsNullOrWhiteSpace(s.GapCauses))
        {
            yield return new DocParagraph(s.GapCauses);
        }
        yield return new DocHeading("Jugement argumenté", 2);
        yield return new DocParagraph(s.Judgement ?? "—");
    }

    /// <summary>5. Rétroagir: the table écart → cause → action corrective → échéance → indicateur de suivi, then the next steps written.</summary>
    public static IEnumerable<DocBlock> Retroaction(SynthesisPageViewModel page)
    {
        yield return new DocHeading("5. Rétroagir", 1);
        yield return ActionTable(page.Actions);
        if (!string.IsNullOrWhiteSpace(page.Synthesis.CorrectiveActions))
        {
            yield return new DocHeading("Actions correctives et suites", 2);
            yield return new DocParagraph(page.Synthesis.CorrectiveActions);
        }
    }

    public static DocTable ActionTable(IReadOnlyList<SynthesisAction> rows) =>
        new("Écart → cause → action corrective → échéance → indicateur de suivi", ActionHeader,
            rows.Select(r => (IReadOnlyList<string>)[Dash(r.Gap), Dash(r.Cause), Dash(r.Action), r.DueOn is { } d ? Day(d) : "—", Dash(r.Indicator)]).ToList(), []);

    private static string Dash(string text) => string.IsNullOrWhiteSpace(text) ? "—" : text;

    /// <summary>6. Suivi et fidélisation, only when the period has customers.</summary>
    public static IEnumerable<DocBlock> Loyalty(SynthesisLoyalty? l)
    {
        if (l is null)
        {
            yield break;
        }
        yield return new DocHeading("6. Suivi et fidélisation", 1);
        yield return new DocParagraph($"{French.Plural(l.Clients, "client", "clients")} sur la période, {French.Plural(l.Orders, "commande confirmée", "commandes confirmées")}, CA HT {French.Money(l.Revenue)}.");
        yield return AbcTable(l);
        yield return FiguresTable(l);
    }

    public static DocTable AbcTable(SynthesisLoyalty l) =>
        new("Clients de la période par classe ABC (Pareto sur le CA HT)", ["Classe", "Clients", "CA HT", "Part du CA"],
            l.Abc.Select(a => (IReadOnlyList<string>)[a.Class, French.Number(a.Customers), French.Money(a.Revenue), French.Percent(a.Share)]).ToList(), [1, 2, 3]);

    public static DocTable FiguresTable(SynthesisLoyalty l) =>
        new("Satisfaction, réachat et rétention", ["Indicateur", "Formule", "Calcul", "Valeur"],
        [
            .. new[] { l.Repurchase, l.Satisfaction, l.Retention }.Select(r => (IReadOnlyList<string>)[r.Name, r.Formula, $"{French.Figure(r.Numerator)} ÷ {French.Figure(r.Denominator)} × 100", SynthesisDocument.Percent(r.Percent)]),
            ["Fréquence d'achat", "commandes ÷ clients", $"{French.Number(l.Orders)} ÷ {French.Number(l.Clients)}", l.Frequency is { } fq ? fq.ToString("0.##", French.Culture) : "—"],
            ["Panier moyen", "CA HT ÷ commandes", $"{French.Money(l.Revenue)} ÷ {French.Number(l.Orders)}", French.Money(l.AverageBasket)],
        ], [3]);
}
