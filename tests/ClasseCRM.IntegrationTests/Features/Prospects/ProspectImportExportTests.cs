using System.Net;
using System.Text;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Spreadsheets;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

public sealed class ProspectImportExportTests(TestApp app) : IClassFixture<TestApp>
{
    static ProspectImportExportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Header = "nom;siret;naf;adresse;code_postal;ville;telephone;email;statut;potentiel;notes;contact_nom;contact_prenom;contact_fonction;contact_email\n";

    private async Task<(HttpClient Client, int Workspace)> StudentAsync(string user) => (await app.AsAsync(user), await app.WorkspaceOfAsync(user));

    /// <summary>The text with its no-break spaces read as spaces, and every run of spaces as one.</summary>
    private static string Spaces(string text) => System.Text.RegularExpressions.Regex.Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' '), @"\s+", " ");

    private static async Task<int> UploadAsync(HttpClient client, string fileName, byte[] bytes)
    {
        var response = await client.PostFileAsync("/prospects/import", "fichier", fileName, bytes);
        response.AssertRedirectsTo("/prospects/import/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task Import_Utf8WithBom_QuotedLineBreaks_PreviewThenApply_ReportsEveryRejectedRow()
    {
        var (client, ws) = await StudentAsync("eleve1");
        var existing = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.Siret != null).OrderBy(p => p.Id).FirstAsync());
        var csv = "\uFEFF" + Header
            + "Garage Hélios;;45.20A;1 rue A;35000;Rennes;02 99 11 11 11;garage@helios.example;prospect;A;\"Très intéressé;\nrappeler lundi\";Martin;Léo;Gérant;leo@helios.example\n"
            + "Boulangerie Épi;;10.71C;2 rue B;22000;Saint-Brieuc;0296222222;;suspect;B;;;;;\n"
            + "SIRET faux;73282932000075;;3 rue C;35000;Rennes;;;;;;;;;\n"
            + "Garage Helios bis;;;4 rue D;35000;Rennes;0299111111;;;;;;;;\n"
            + $"Doublon existant;{existing.Siret};;5 rue E;35000;Rennes;;;;;;;;;\n"
            + "Sans code postal;;;6 rue F;;Rennes;;;;;;;;;\n";

        var id = await UploadAsync(client, "prospects.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv[1..])).ToArray());
        var preview = await client.GetDocumentAsync($"/prospects/import/{id}");

        Assert.Contains("2 fiches prêtes à importer, 4 lignes refusées", preview.Text());
        Assert.Equal(0, await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && p.Name == "Garage Hélios")));

        var report = await client.ApplyImportAsync(id);
        Assert.Contains("2 fiches créées", report.Text());
        // Every count of the report checks against the file: 6 rows = 2 created + 4 refused (1 duplicate of an existing
        // fiche, 1 repeat of row 2, 2 invalid); the existing fiche is found, and left as it was.
        var counts = Spaces(report.QuerySelector("#import-counts")!.TextContent);
        Assert.Contains("6 lignes lues dans le fichier", counts);
        Assert.Contains("2 fiches créées", counts);
        Assert.Contains("4 lignes refusées (dont 1 doublon d'une fiche existante, 1 doublon d'une autre ligne du fichier, 2 lignes invalides)", counts);
        Assert.Contains("1 fiche existante retrouvée dans le fichier, laissée telle quelle", counts);
        Assert.Contains(Spaces("Import terminé : 6 lignes lues, 2 fiches créées, 4 lignes refusées (dont 1 doublon"), Spaces(report.QuerySelector("#import-result p")!.TextContent));
        Assert.Equal(existing.Street, await app.WithDbAsync(db => db.Prospects.Where(p => p.Id == existing.Id).Select(p => p.Street).SingleAsync()));
        var rows = report.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(4, rows.Count);
        // Rows as in a spreadsheet: the quoted line break of row 2 does not push "SIRET faux" from row 4 to 5.
        Assert.Contains(rows, r => r.StartsWith('4') && r.Contains("clé de contrôle (Luhn)"));
        Assert.Contains(rows, r => r.Contains("Doublon de la ligne 2 du fichier (même téléphone)"));
        Assert.Contains(rows, r => r.Contains($"Doublon de la fiche existante « {existing.Name} » (même SIRET)"));
        Assert.Contains(rows, r => r.Contains("Le code postal est obligatoire."));
        Assert.NotNull(report.QuerySelector($"tbody a[href='/prospects/{existing.Id}']"));
        var helios = await app.WithDbAsync(db => db.Prospects.Include(p => p.Contacts).SingleAsync(p => p.WorkspaceId == ws && p.Name == "Garage Hélios"));
        Assert.Equal("Très intéressé;\nrappeler lundi", helios.Notes);
        Assert.Equal(ProspectStatus.Prospect, helios.Status);
        Assert.Equal("G", helios.NafSection);
        Assert.Equal("Léo", helios.Contacts.Single().FirstName);
        // The import's record keeps its counts, not the file's table.
        Assert.Equal("", await app.WithDbAsync(db => db.ProspectImports.Where(i => i.Id == id).Select(i => i.TableJson).SingleAsync()));
    }

    [Fact]
    public async Task Import_DuplicatesOfExistingFiches_FoundByEveryKey_OnlyInThisWorkspace()
    {
        var (client, ws) = await StudentAsync("eleve10");
        var other = await app.WorkspaceOfAsync("eleve11");
        var existingId = await app.WithDbAsync(async db =>
        {
            var existing = new Prospect { WorkspaceId = ws, Kind = ProspectKind.Organisation, Name = "Atelier Existant", PostalCode = "35000", City = "Rennes", Department = "35", Email = "Accueil@Existant.example", Phone = "02 99 00 00 01" };
            existing.Contacts.Add(new Contact { WorkspaceId = ws, LastName = "Durand", Email = "durand@existant.example", Phone = "06 11 22 33 44" });
            // The same keys in another student's file do not count.
            var elsewhere = new Prospect { WorkspaceId = other, Kind = ProspectKind.Organisation, Name = "Ailleurs", PostalCode = "29000", City = "Quimper", Department = "29", Email = "ailleurs@autre.example" };
            foreach (var p in new[] { existing, elsewhere })
            {
                p.RefreshSearchFields();
                p.Contacts.ForEach(c => c.RefreshKeys());
                db.Prospects.Add(p);
            }
            await db.SaveChangesAsync();
            return existing.Id;
        });
        var csv = "nom;code_postal;ville;telephone;email\n"
            + "Par e-mail;22000;Saint-Brieuc;;accueil@existant.example\n"
            + "Par téléphone;22000;Saint-Brieuc;0299000001;\n"
            + "Atelier existant;35000;Rennes;;\n"
            + "Par le contact;22000;Saint-Brieuc;;DURAND@existant.example\n"
            + "Par le portable du contact;22000;Saint-Brieuc;06.11.22.33.44;\n"
            + "Nouveau;22000;Saint-Brieuc;;ailleurs@autre.example\n";

        var id = await UploadAsync(client, "doublons.csv", Encoding.UTF8.GetBytes(csv));
        var report = await client.ApplyImportAsync(id);
        Assert.Contains("1 fiche créée", report.Text());
        var rows = report.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Contains("Doublon de la fiche existante « Atelier Existant »", r));
        Assert.Equal(2, rows.Count(r => r.Contains("même adresse e-mail")));
        Assert.Equal(2, rows.Count(r => r.Contains("même téléphone")));
        Assert.Single(rows, r => r.Contains("même nom et même code postal"));
        Assert.Equal(5, report.QuerySelectorAll($"tbody a[href='/prospects/{existingId}']").Length);
        // Five rows repeat one fiche: five refused rows, one existing fiche found, none updated.
        var counts = Spaces(report.QuerySelector("#import-counts")!.TextContent);
        Assert.Contains("5 lignes refusées (dont 5 doublons de fiches existantes)", counts);
        Assert.Contains("1 fiche existante retrouvée dans le fichier, laissée telle quelle", counts);
        Assert.True(await app.WithDbAsync(db => db.Prospects.AnyAsync(p => p.WorkspaceId == ws && p.Name == "Nouveau")));
    }

    [Fact]
    public async Task Import_Windows1252Comma_UnknownHeaders_AreMappedByTheStudent()
    {
        var (client, ws) = await StudentAsync("eleve2");
        var csv = "Société,CP,Localité,Portable du gérant\r\nCrêperie Bréhat,22870,Île-de-Bréhat,06 55 44 33 22\r\n";

        var id = await UploadAsync(client, "excel.csv", Encoding.GetEncoding(1252).GetBytes(csv));
        var first = await client.GetDocumentAsync($"/prospects/import/{id}");
        // "Société" and "CP" are recognised; "Localité" too; the phone column is not.
        Assert.Equal("nom", first.QuerySelector("select[name='colonnes[0]'] option[selected]")?.GetAttribute("value"));
        Assert.Null(first.QuerySelector("select[name='colonnes[3]'] option[selected]"));

        var remapped = await client.PostFormAsync($"/prospects/import/{id}", new()
        {
            ["colonnes[0]"] = "nom",
            ["colonnes[1]"] = "code_postal",
            ["colonnes[2]"] = "ville",
            ["colonnes[3]"] = "telephone",
            ["action"] = "apercu",
        }, formPage: $"/prospects/import/{id}");
        remapped.AssertRedirectsTo($"/prospects/import/{id}");
        await client.ApplyImportAsync(id);

        var saved = await app.WithDbAsync(db => db.Prospects.SingleAsync(p => p.WorkspaceId == ws && p.Name == "Crêperie Bréhat"));
        Assert.Equal("Île-de-Bréhat", saved.City);
        Assert.Equal("06 55 44 33 22", saved.Phone);
    }

    [Fact]
    public async Task Import_Cancel_AddsNothing()
    {
        var (client, ws) = await StudentAsync("eleve3");
        var before = await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws));
        var id = await UploadAsync(client, "a.csv", Encoding.UTF8.GetBytes(Header + "Annulée;;;;35000;Rennes;;;;;;;;;\n"));

        (await client.PostFormAsync($"/prospects/import/{id}/annuler", new(), formPage: $"/prospects/import/{id}")).AssertRedirectsTo("/prospects");

        Assert.Equal(before, await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/prospects/import/{id}")).StatusCode);
    }

    [Fact]
    public async Task Import_Xlsx_WithNumericPostalCode()
    {
        var (client, ws) = await StudentAsync("eleve4");
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, "Feuille1", [
            ["Raison sociale", "Code postal", "Ville", "Téléphone", "Statut"],
            ["Fromagerie du Bugey", "1300", "Belley", "479811111", "client fidèle"],
        ]);

        var id = await UploadAsync(client, "prospects.xlsx", buffer.ToArray());
        await client.ApplyImportAsync(id);

        var saved = await app.WithDbAsync(db => db.Prospects.SingleAsync(p => p.WorkspaceId == ws && p.Name == "Fromagerie du Bugey"));
        Assert.Equal("01300", saved.PostalCode);
        Assert.Equal("01", saved.Department);
        Assert.Equal("04 79 81 11 11", saved.Phone);
        Assert.Equal(ProspectStatus.LoyalClient, saved.Status);
    }

    [Fact]
    public async Task Import_TooLargeTooManyRowsOrWrongFormat_ClearFrenchMessage()
    {
        var (client, _) = await StudentAsync("eleve5");
        var many = new StringBuilder(Header);
        for (var i = 0; i < 20_001; i++)
        {
            many.Append("N;;;;35000;Rennes;;;;;;;;;\n");
        }

        var tooMany = await client.PostFileAsync("/prospects/import", "fichier", "gros.csv", Encoding.UTF8.GetBytes(many.ToString()));
        var tooLarge = await client.PostFileAsync("/prospects/import", "fichier", "enorme.csv", new byte[5 * 1024 * 1024 + 10]);
        var wrong = await client.PostFileAsync("/prospects/import", "fichier", "photo.png", [1, 2, 3]);
        var brokenXlsx = await client.PostFileAsync("/prospects/import", "fichier", "casse.xlsx", Encoding.UTF8.GetBytes("pas un classeur"));

        Assert.Contains("plus de 20\u00A0000 lignes", await tooMany.TextAsync());
        Assert.Contains("Le fichier dépasse 5 Mo", await tooLarge.TextAsync());
        Assert.Contains("Format non reconnu", await wrong.TextAsync());
        Assert.Contains("Ce fichier Excel ne peut pas être lu", await brokenXlsx.TextAsync());
    }

    [Fact]
    public async Task Template_HasEveryColumn()
    {
        var client = await app.AsAsync("eleve6");

        var response = await client.GetAsync("/prospects/import/modele");

        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFtype;nom;siret;naf", text);
        Assert.Contains("Cabinet Exemple", text);
    }

    [Fact]
    public async Task ExportCsv_FollowsFilters_NeutralisesFormulas_AndImportsBack()
    {
        var (client, ws) = await StudentAsync("eleve7");
        await client.PostFormAsync("/prospects/nouveau", new()
        {
            ["Kind"] = "Organisation",
            ["Name"] = "=HYPERLINK(\"http://pirate.example\")",
            ["PostalCode"] = "35000",
            ["City"] = "Rennes",
            ["Status"] = "Prospect",
            ["Potential"] = "A",
            ["Notes"] = "  @SUM(A1:A9)",
            ["ContactLastName"] = "-Moins",
            ["ContactFirstName"] = "+Plus",
        });

        var response = await client.GetAsync("/prospects/export?statut=Prospect&format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("type;nom;siret", lines[0]);
        var expected = await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && p.Status == ProspectStatus.Prospect));
        Assert.Equal(expected, lines.Length - 1);
        var row = lines.Single(l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains("\"'=HYPERLINK(\"\"http://pirate.example\"\")\"", row);
        Assert.Contains(";'@SUM(A1:A9);", row);
        Assert.Contains(";'-Moins;'+Plus;", row);

        // The export is the import template: the other student imports it as it is, and gets the same text back (the
        // neutralising apostrophe is the export's, taken off on import).
        var (other, otherWs) = await StudentAsync("eleve8");
        var id = await UploadAsync(other, "export.csv", bytes);
        await other.ApplyImportAsync(id);
        Assert.True(await app.WithDbAsync(db => db.Prospects.AnyAsync(p => p.WorkspaceId == otherWs && p.Name == "=HYPERLINK(\"http://pirate.example\")")));
    }

    [Fact]
    public async Task ExportXlsx_OpensWithTextCellsNeutralised()
    {
        var (client, ws) = await StudentAsync("eleve9");
        await client.PostFormAsync("/prospects/nouveau", new() { ["Kind"] = "Organisation", ["Name"] = "=1+1", ["PostalCode"] = "35000", ["City"] = "Rennes", ["Status"] = "Suspect", ["Potential"] = "C" });

        var response = await client.GetAsync("/prospects/export?format=xlsx");

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        var count = await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws));
        Assert.Equal(count + 1, rows.Count);
        Assert.Contains(rows, r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(1).InnerText == "'=1+1");
        Assert.Empty(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>());
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
    }
}
