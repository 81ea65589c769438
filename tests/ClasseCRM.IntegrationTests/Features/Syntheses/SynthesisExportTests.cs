using System.Net;
using System.Text.RegularExpressions;
using ClasseCRM.IntegrationTests.Support;
using OperationPlans = ClasseCRM.IntegrationTests.Features.Operations;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace ClasseCRM.IntegrationTests.Features.Syntheses;

/// <summary>The synthesis as PDF (text extracted with PdfPig) and DOCX (opened and validated with the OpenXML SDK).</summary>
public sealed partial class SynthesisExportTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    // Long enough to wrap over many lines and push the analysis onto a second page.
    private static readonly string LongCause = string.Join(' ', Enumerable.Range(1, 220).Select(i => $"cause{i}"));

    /// <summary>Spaces (also no-break ones) folded to one, as text extraction gives them back.</summary>
    private static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00A0\u202F]+")]
    private static partial Regex Spaces();

    /// <summary>A handed-in synthesis with analysis text, assessed by the teacher; its page as the student sees it.</summary>
    private async Task<(HttpClient Client, int Id, AngleSharp.Dom.IDocument Page)> HandedInAndAssessedAsync(string student, string title)
    {
        var client = await app.AsAsync(student);
        var (_, id) = await SynthesisTests.PrepareAsync(client, title);
        await SynthesisTests.HandInAsync(client, id,
            ("Strengths", "Script efficace\nBonne tenue du fichier"),
            ("GapCauses", LongCause),
            ("CorrectiveActions", "Relancer les indécis <script>alert(1)</script>"));
        var teacher = await app.AsAsync("prof.martin");
        var criteria = SynthesisTests.Criteria(await teacher.GetDocumentAsync($"/syntheses/{id}"));
        var levels = Enumerable.Range(0, criteria).ToDictionary(i => $"Levels[{i}]", _ => "2");
        levels["Mark"] = "13";
        levels["OverallComment"] = "Analyse sérieuse.";
        (await teacher.PostFormAsync($"/syntheses/{id}/evaluation", levels, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");
        return (client, id, await client.GetDocumentAsync($"/syntheses/{id}"));
    }

    /// <summary>The figures of the page's tables, as the exports must repeat them.</summary>
    private static List<string> PageFigures(AngleSharp.Dom.IDocument page) =>
    [
        .. page.QuerySelectorAll("#phone-entonnoir tbody tr").Select(r => $"{r.Children[0].TextContent.Trim()} {r.Children[1].TextContent.Trim()}"),
        .. page.QuerySelectorAll("#phone-ratios tbody tr").Select(r => $"{r.Children[0].TextContent} {r.Children[1].TextContent}"),
        .. page.QuerySelectorAll("#phone-ratios tbody tr").Select(r => r.Children[3].TextContent),
        .. page.QuerySelectorAll("#phone-objectifs tbody tr").Select(r => string.Join(' ', r.Children.Take(6).Select(c => c.TextContent))),
    ];

    [Fact]
    public async Task Pdf_A4_TablesFormulasChartsStudentTextAndAssessment()
    {
        var (client, id, page) = await HandedInAndAssessedAsync("eleve3", "Synthèse en PDF");

        var response = await client.GetAsync($"/syntheses/{id}/pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var pages = pdf.GetPages().ToList();
        var text = Flat(string.Join(' ', pages.SelectMany(p => p.GetWords()).Select(w => w.Text)));
        var footers = Regex.Matches(text, @"Synthèse en PDF — page (\d+) / (\d+)").Select(m => m.Value).ToList();
        Assert.Equal(Enumerable.Range(1, pages.Count).Select(i => $"Synthèse en PDF — page {i} / {pages.Count}"), footers);
        text = Flat(Regex.Replace(text, @"Synthèse en PDF — page \d+ / \d+", " "));   // the text as it flows from page to page

        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        Assert.All(pages, p => Assert.Equal((595, 842), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));   // A4 in points
        Assert.Equal("Synthèse en PDF", pdf.Information.Title);
        foreach (var part in new[] { "1. Contexte", "2. Organisation", "3. Résultats", "4. Analyse", "5. Rétroagir", "Graphique : Entonnoir", "Graphique : Objectifs et réalisé" })
        {
            Assert.Contains(Flat(part), Flat(text));
        }
        var figures = PageFigures(page);
        Assert.NotEmpty(figures);
        Assert.All(figures, figure => Assert.Contains(Flat(figure), text));
        Assert.Contains("Script efficace Bonne tenue du fichier", text);
        Assert.Contains(LongCause, text);   // wrapped over lines and pages, nothing lost
        Assert.Contains("Relancer les indécis <script>alert(1)</script>", text);
        Assert.Contains(Flat("Note : 13 / 20"), text);
        Assert.Contains("Analyse sérieuse.", text);
    }

    [Fact]
    public async Task Docx_OpensValidWithHeadingsTablesAndTheStudentText()
    {
        var (client, id, page) = await HandedInAndAssessedAsync("eleve8", "Synthèse en DOCX");

        var response = await client.GetAsync($"/syntheses/{id}/docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var docx = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var errors = new OpenXmlValidator().Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);

        var body = docx.MainDocumentPart!.Document!.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["1. Contexte", "2. Organisation", "3. Résultats", "4. Analyse", "5. Rétroagir"], headings.Take(5));
        Assert.Contains(headings, h => h.StartsWith("Évaluation de", StringComparison.Ordinal));
        var tables = body.Elements<Table>().ToList();
        Assert.True(tables.Count >= 6, $"{tables.Count} tables");
        var rows = string.Join('\n', tables.SelectMany(t => t.Elements<TableRow>()).Select(r => Flat(string.Join(' ', r.Elements<TableCell>().Select(c => c.InnerText)))));
        Assert.All(PageFigures(page), figure => Assert.Contains(Flat(figure), rows));
        var strengths = body.Descendants<Paragraph>().Single(p => p.InnerText.StartsWith("Script efficace", StringComparison.Ordinal));
        Assert.Single(strengths.Descendants<Break>());   // the student's line break kept
        Assert.Equal("Script efficaceBonne tenue du fichier", strengths.InnerText);
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText == LongCause);
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText == "Relancer les indécis <script>alert(1)</script>");
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText == "Note : 13 / 20");
    }

    [Fact]
    public async Task VerticalTabAndNul_InTheText_TheDocxStillOpensValid_TheFormStoresCleanText()
    {
        var owner = await app.AsAsync("eleve11");
        var (_, id) = await SynthesisTests.PrepareAsync(owner, "Synthèse collée depuis Word");
        // As an older row or another path may have stored it: straight into the database.
        await app.WithDbAsync(async db =>
        {
            var s = await db.Syntheses.SingleAsync(x => x.Id == id);
            // PostgreSQL's text refuses a NUL character outright: only a SQLite row can hold one.
            s.Strengths = TestPostgres.IsOn ? "Ligne un\vLigne deuxfin" : "Ligne un\vLigne deux\0fin";
            return await db.SaveChangesAsync();
        });
        var response = await owner.GetAsync($"/syntheses/{id}/docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var docx = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(docx));
        var strengths = docx.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Single(p => p.InnerText.StartsWith("Ligne un", StringComparison.Ordinal));
        Assert.Equal("Ligne unLigne deuxfin", strengths.InnerText);
        Assert.Single(strengths.Descendants<Break>());

        (await owner.PostFormAsync($"/syntheses/{id}", new() { ["Strengths"] = "Collé\vdepuis Word\u0001" }, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");
        Assert.Equal("Collé\ndepuis Word", await app.WithDbAsync(db => db.Syntheses.Where(x => x.Id == id).Select(x => x.Strengths).SingleAsync()));
    }

    [Fact]
    public async Task Draft_ExportsTodaysFigures_OthersCannotExport()
    {
        var owner = await app.AsAsync("eleve9");
        var (_, id) = await SynthesisTests.PrepareAsync(owner, "Synthèse brouillon");
        using var pdf = PdfDocument.Open(await owner.GetByteArrayAsync($"/syntheses/{id}/pdf"));
        Assert.Contains(Flat("Brouillon : les chiffres sont ceux du jour."), Flat(string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text))));

        foreach (var format in new[] { "pdf", "docx", "xlsx" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve10")).GetAsync($"/syntheses/{id}/{format}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).GetAsync($"/syntheses/{id}/{format}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await (await app.AsAsync("prof.martin")).GetAsync($"/syntheses/{id}/{format}")).StatusCode);
        }
    }

    [Fact]
    public async Task StudentsPlan_JustificationAndOwnScript_InThePageAndBothExports()
    {
        var client = await app.AsAsync("eleve14");
        var (op, id) = await SynthesisTests.PrepareAsync(client, "Compte rendu avec mon plan");
        var plan = await OperationPlans.OperationPlanTests.FormAsync(client, op,
            ("Input.TargetJustification", "Les cabinets du 35 renouvellent leurs copieurs cette année."),
            ("Input.Script", "Mon plan d'appel : se présenter, demander le responsable, proposer une démonstration."));
        (await client.PostFormAsync($"/operations/{op}/plan", plan)).AssertRedirectsTo($"/operations/{op}/plan");
        string[] expected =
        [
            "Justification de la cible : Les cabinets du 35 renouvellent leurs copieurs cette année.",
            "Annexe — plan d'appel — « Compte rendu avec mon plan »",
            "Mon plan d'appel : se présenter, demander le responsable, proposer une démonstration.",
        ];

        var page = Flat((await client.GetDocumentAsync($"/syntheses/{id}")).Body!.TextContent);
        Assert.All(expected, line => Assert.Contains(Flat(line), page));
        using var pdf = PdfDocument.Open(await client.GetByteArrayAsync($"/syntheses/{id}/pdf"));
        var pdfText = Flat(string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        Assert.All(expected, line => Assert.Contains(Flat(line), pdfText));
        using var docx = WordprocessingDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"/syntheses/{id}/docx")), false);
        var docxText = Flat(string.Join(' ', docx.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)));
        Assert.All(expected, line => Assert.Contains(Flat(line), docxText));
        // The scenario's argumentaire, untouched, is not the student's work: no annex for it.
        Assert.DoesNotContain("Annexe — argumentaire", page);
    }

    [Fact]
    public async Task CoverPage_PupilClassSchoolYearCompanyOperations_OnItsOwnPage_InPdfAndDocx()
    {
        var client = await app.AsAsync("eleve12");
        var (_, id) = await SynthesisTests.PrepareAsync(client, "Compte rendu avec sa page de garde");
        var expected = new[]
        {
            "Élève : " + await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "eleve12").Select(u => u.FirstName + " " + u.LastName).SingleAsync()),
            "Classe : 1re MCV B",
            "Établissement : Lycée professionnel Jean-Moulin (établissement de démonstration)",
            "Année scolaire : 2026-2027",
            "Entreprise support : Bureau Ouest Équipement",
            "Opérations : « Compte rendu avec sa page de garde » — Téléphone (phoning), du 02/11/2026 au 30/11/2026",
        };
        var page = await client.GetDocumentAsync($"/syntheses/{id}");
        var cover = Flat(string.Join(' ', page.QuerySelectorAll("#page-de-garde dt").Select(dt => $"{dt.TextContent} : {dt.NextElementSibling!.TextContent}")));
        Assert.All(expected, line => Assert.Contains(Flat(line), cover));

        using var pdf = PdfDocument.Open(await client.GetByteArrayAsync($"/syntheses/{id}/pdf"));
        var first = Flat(string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)));
        Assert.All(expected, line => Assert.Contains(Flat(line), first));
        Assert.DoesNotContain("1. Contexte", first);   // the cover page stands alone
        Assert.StartsWith("1. Contexte", Flat(string.Join(' ', pdf.GetPage(2).GetWords().Select(w => w.Text))));

        using var docx = WordprocessingDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"/syntheses/{id}/docx")), false);
        Assert.Empty(new OpenXmlValidator().Validate(docx));
        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        var context = paragraphs.FindIndex(p => p.InnerText == "1. Contexte");
        var breakAt = paragraphs.FindIndex(p => p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page));
        Assert.InRange(breakAt, 1, context - 1);   // a page break between the cover and 1. Contexte
        var before = Flat(string.Join(' ', paragraphs.Take(breakAt).Select(p => p.InnerText)));
        Assert.All(expected, line => Assert.Contains(Flat(line), before));
    }
}
