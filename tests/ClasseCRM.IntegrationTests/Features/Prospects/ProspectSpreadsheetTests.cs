using System.Text;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Csv;
using ClasseCRM.Web.Infrastructure.Spreadsheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

/// <summary>
/// The app's own exports imported back give the same names (the neutralising apostrophe is taken off again), numbers
/// are numeric cells in the XLSX, and import reports number rows as a spreadsheet does.
/// </summary>
public sealed class ProspectSpreadsheetTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string[] TrickyNames = ["@lternative Conseil", "=Égal Services", "+Plus Distribution", "-Tiret Atelier", "Boulangerie Normale"];

    private static async Task<int> UploadAndApplyAsync(HttpClient client, string fileName, byte[] bytes)
    {
        var response = await client.PostFileAsync("/prospects/import", "fichier", fileName, bytes);
        response.AssertRedirectsTo("/prospects/import/");
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        await client.ApplyImportAsync(id);
        return id;
    }

    private static List<CsvRecord> ReadBack(string format, byte[] bytes)
    {
        if (format == "csv")
        {
            return CsvReader.Read(bytes);
        }
        using var stream = new MemoryStream(bytes);
        return XlsxReader.Read(stream);
    }

    [Theory]
    [InlineData("csv", "eleve1", "eleve2")]
    [InlineData("xlsx", "eleve3", "eleve4")]
    public async Task ExportImportExport_OwnFile_GivesBackTheSameNames(string format, string from, string to)
    {
        var town = "Aller-Retour-" + format;
        var sourceWs = await app.WorkspaceOfAsync(from);
        await app.WithDbAsync(async db =>
        {
            var n = 0;
            foreach (var name in TrickyNames)
            {
                // Each its own phone and postal code: the import would refuse the others as duplicates of the first.
                var p = new Prospect
                {
                    WorkspaceId = sourceWs,
                    Kind = ProspectKind.Organisation,
                    Name = name,
                    PostalCode = $"{35100 + n}",
                    City = town,
                    Department = "35",
                    Employees = 12,
                    Status = ProspectStatus.Prospect,
                    Potential = Potential.B,
                    Phone = $"+33 2 99 12 34 5{n++}",
                };
                p.RefreshSearchFields();
                db.Prospects.Add(p);
            }
            return await db.SaveChangesAsync();
        });
        var source = await app.AsAsync(from);
        var target = await app.AsAsync(to);
        var targetWs = await app.WorkspaceOfAsync(to);

        var first = await source.GetByteArrayAsync($"/prospects/export?format={format}&ville={town}");
        await UploadAndApplyAsync(target, $"export.{format}", first);
        var second = await target.GetByteArrayAsync($"/prospects/export?format={format}&ville={town}");

        var imported = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == targetWs && p.City == town).ToListAsync());
        Assert.Equal(TrickyNames.Order(StringComparer.Ordinal), imported.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(imported, p => Assert.StartsWith("02 99 12 34 5", p.Phone, StringComparison.Ordinal));
        Assert.All(imported, p => Assert.Equal(12, p.Employees));
        // The second export is the first one: each name neutralised once, not once more per trip.
        var names = ReadBack(format, first).Skip(1).Select(r => r[1]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, ReadBack(format, second).Skip(1).Select(r => r[1]).Order(StringComparer.Ordinal));
        Assert.Contains("'@lternative Conseil", names);
        Assert.Contains("Boulangerie Normale", names);
    }

    [Fact]
    public async Task ExportXlsx_EffectifIsANumber_NameStartingWithEqualsIsNeutralisedText()
    {
        var client = await app.AsAsync("eleve5");
        var ws = await app.WorkspaceOfAsync("eleve5");
        await app.WithDbAsync(async db =>
        {
            var p = new Prospect { WorkspaceId = ws, Kind = ProspectKind.Organisation, Name = "=1+1 Formules", PostalCode = "35000", City = "Numérique", Department = "35", Employees = 1250 };
            p.RefreshSearchFields();
            db.Prospects.Add(p);
            return await db.SaveChangesAsync();
        });

        var bytes = await client.GetByteArrayAsync("/prospects/export?format=xlsx&ville=Numérique");

        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("effectif", cells["E1"].InnerText);
        var employees = cells["E2"];
        Assert.Null(employees.DataType);
        Assert.Equal("1250", employees.CellValue!.Text);
        var format = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)employees.StyleIndex!.Value);
        Assert.Equal((uint)XlsxWriter.IntegerFormatId, format.NumberFormatId!.Value);
        Assert.Equal(CellValues.InlineString, cells["B2"].DataType!.Value);
        Assert.Equal("'=1+1 Formules", cells["B2"].InnerText);
        // The postal code stays text (a leading zero must survive).
        Assert.Equal(CellValues.InlineString, cells["G2"].DataType!.Value);
    }

    [Fact]
    public async Task Import_QuotedLineBreakInRow2_ErrorInRow3_IsReportedAsRow3()
    {
        var client = await app.AsAsync("eleve6");
        var csv = "nom;code_postal;ville;notes\r\n"
            + "Atelier Multiligne;35000;Rennes;\"première ligne\r\ndeuxième ligne\r\ntroisième\"\r\n"
            + "Sans code postal;;Rennes;\r\n";

        var upload = await client.PostFileAsync("/prospects/import", "fichier", "lignes.csv", Encoding.UTF8.GetBytes(csv));
        var id = int.Parse(upload.Headers.Location!.OriginalString.Split('/').Last());
        var preview = await client.GetDocumentAsync($"/prospects/import/{id}");

        var accepted = preview.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr").Single();
        Assert.Equal("2", accepted.Children[0].TextContent.Trim());
        var rejected = preview.QuerySelectorAll("table")[2].QuerySelectorAll("tbody tr").Single();
        Assert.Equal("3", rejected.Children[0].TextContent.Trim());
        Assert.Contains("Le code postal est obligatoire.", rejected.TextContent);

        var report = await client.ApplyImportAsync(id);
        Assert.Equal("3", report.QuerySelectorAll("tbody tr").Single().Children[0].TextContent.Trim());
    }
}
