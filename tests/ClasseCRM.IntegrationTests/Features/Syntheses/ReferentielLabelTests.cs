using System.Net;
using System.Text.RegularExpressions;
using ClasseCRM.IntegrationTests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace ClasseCRM.IntegrationTests.Features.Syntheses;

/// <summary>
/// Every label follows the class's référentiel: « Compte rendu d'opération de prospection — bloc 4B » under MCV option B,
/// « Synthèse écrite — U22 » under the 2002 diploma, on the pages, the PDF, the DOCX and the class's CSV. A new class
/// prepares today's diploma unless the teacher chooses the other.
/// </summary>
public sealed partial class ReferentielLabelTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Mcv = "Compte rendu d'opération de prospection — bloc 4B — entraînement à l'épreuve E2";
    private const string Vente2002 = "Synthèse écrite — U22 Préparation et suivi de l'activité commerciale";

    [GeneratedRegex(@"[\s\u00A0\u202F]+")]
    private static partial Regex Spaces();

    private static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    private static async Task<string> PdfTextAsync(HttpClient client, int id)
    {
        using var pdf = PdfDocument.Open(await client.GetByteArrayAsync($"/syntheses/{id}/pdf"));
        return Flat(string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    private static async Task<string> DocxTextAsync(HttpClient client, int id)
    {
        using var docx = WordprocessingDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"/syntheses/{id}/docx")), false);
        return string.Join('\n', docx.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public async Task McvClass_ComptesRendus_Then2002_SyntheseU22_OnPagesPdfDocxAndCsv()
    {
        var student = await app.AsAsync("eleve14");
        var teacher = await app.AsAsync("prof.durand");
        var classId = await app.ClassOfAsync("prof.durand");
        var (_, draft) = await SynthesisTests.PrepareAsync(student, "Document du phoning");

        var list = await student.GetDocumentAsync("/syntheses");
        Assert.Equal("Comptes rendus", list.QuerySelector("h1")!.TextContent);
        Assert.Contains(list.QuerySelectorAll("nav a[href='/syntheses']"), a => a.TextContent == "Comptes rendus");
        Assert.Contains(Mcv, list.QuerySelector("#document-titre")!.TextContent);
        Assert.Equal("Nouveau compte rendu", list.QuerySelector("a[href='/syntheses/nouvelle']")!.TextContent);
        Assert.Contains(Mcv, Flat(await PdfTextAsync(student, draft)));
        Assert.Contains(Mcv, await DocxTextAsync(student, draft));
        Assert.Contains(Mcv, (await teacher.GetDocumentAsync($"/classes/{classId}")).QuerySelector("#referentiel")!.TextContent);
        Assert.Contains(Mcv, (await teacher.GetDocumentAsync($"/classes/{classId}/ratios")).QuerySelector("label[for=SynthesisDueAt]")!.TextContent);
        Assert.DoesNotContain("U22", (await student.GetDocumentAsync($"/syntheses/{draft}")).Text());

        (await teacher.PostFormAsync($"/classes/{classId}/grille/referentiel", new() { ["referentiel"] = "vente-2002" }, $"/classes/{classId}/grille")).AssertRedirectsTo($"/classes/{classId}/grille");

        list = await student.GetDocumentAsync("/syntheses");
        Assert.Equal("Synthèses", list.QuerySelector("h1")!.TextContent);
        Assert.Equal("Nouvelle synthèse", list.QuerySelector("a[href='/syntheses/nouvelle']")!.TextContent);
        var page = await student.GetDocumentAsync($"/syntheses/{draft}");
        Assert.Contains(Vente2002, page.QuerySelector("#document-titre")!.TextContent);
        Assert.Contains("Synthèse écrite — U22 Préparation", Flat(await PdfTextAsync(student, draft)));
        Assert.Contains(Vente2002, await DocxTextAsync(student, draft));
        await SynthesisTests.HandInAsync(student, draft);
        var handedIn = await student.GetDocumentAsync($"/syntheses/{draft}");
        Assert.Equal("Rendue", handedIn.QuerySelector("#etat")!.TextContent);
        Assert.Contains("· rendue le ", handedIn.Text());

        var csv = System.Text.Encoding.UTF8.GetString(await teacher.GetByteArrayAsync($"/classes/{classId}/competences/csv")).TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("Nom;Prénom;Espace;Document;État;Note /20;Évaluations;U22.1 ", csv[0]);
        Assert.DoesNotContain("B4.", csv[0]);
    }

    [Fact]
    public async Task NewClass_McvByDefault_2002WhenChosen_UnknownRefusedInFrench()
    {
        var teacher = await app.AsAsync("prof.martin");
        var form = await teacher.GetDocumentAsync("/classes/nouvelle");
        Assert.NotNull(form.QuerySelector("#ref-mcv-b[checked]"));
        Assert.Contains("Bac Pro Vente (2002)", form.QuerySelector("label[for=ref-vente-2002]")!.TextContent);

        (await teacher.PostFormAsync("/classes/nouvelle", new() { ["Name"] = "2nde MCV", ["SchoolYear"] = "2026-2027" }, "/classes/nouvelle")).AssertRedirectsTo("/classes/");
        (await teacher.PostFormAsync("/classes/nouvelle", new() { ["Name"] = "Tle Vente", ["SchoolYear"] = "2026-2027", ["Referentiel"] = "vente-2002" }, "/classes/nouvelle")).AssertRedirectsTo("/classes/");
        var refused = await (await teacher.PostFormAsync("/classes/nouvelle", new() { ["Name"] = "Classe inconnue", ["SchoolYear"] = "2026-2027", ["Referentiel"] = "bts" }, "/classes/nouvelle")).ReadDocumentAsync();
        Assert.Contains("Choisissez le diplôme préparé par la classe.", refused.Text());
        Assert.Equal("Classe inconnue", refused.QuerySelector("#Name")!.GetAttribute("value"));

        var made = await app.WithDbAsync(db => db.Classes.Where(c => c.Name == "2nde MCV" || c.Name == "Tle Vente" || c.Name == "Classe inconnue").ToDictionaryAsync(c => c.Name, c => c.Referentiel));
        Assert.Equal(new Dictionary<string, string> { ["2nde MCV"] = "mcv-b", ["Tle Vente"] = "vente-2002" }, made);
        var grid = await teacher.GetDocumentAsync($"/classes/{await app.WithDbAsync(db => db.Classes.Where(c => c.Name == "Tle Vente").Select(c => c.Id).SingleAsync())}/grille");
        Assert.Contains("Grille indicative — Bac Pro Vente (2002) : Synthèse écrite", grid.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.AsAsync("eleve1")).GetAsync("/classes/nouvelle")).StatusCode);
    }
}
