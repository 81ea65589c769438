using System.Net;
using System.Text;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.TestFiles;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

/// <summary>
/// A hostile file through the real upload form gets the form's French message (status 200, nothing kept), the file is
/// read once at the upload and the preview and the import work from the table kept then, and no control character
/// reaches a fiche.
/// </summary>
public sealed class ProspectImportLimitsTests(TestApp app) : IClassFixture<TestApp>
{
    public static TheoryData<string, string, string> HostileFilesAndMessages => new()
    {
        { "cellule-geante.xlsx", "huge-cell", "Les textes du classeur dépassent 16 millions de caractères" },
        { "deux-millions.xlsx", "rows", "Le fichier contient plus de 20\u00A0000 lignes" },
        { "dtd.xlsx", "dtd", "Ce fichier Excel ne peut pas être lu" },
        { "aleatoire.csv", "random", "Ce fichier n'est pas un CSV lisible" },
        { "nul.csv", "nul", "Ce fichier n'est pas un CSV lisible" },
        { "longue.csv", "long-cell", "La cellule ligne 3, colonne B dépasse 2\u00A0000 caractères" },
    };

    [Theory]
    [MemberData(nameof(HostileFilesAndMessages))]
    public async Task Upload_HostileFile_AnswersTheFormWithItsFrenchMessage(string fileName, string kind, string message)
    {
        var client = await app.AsAsync("eleve12");
        var ws = await app.WorkspaceOfAsync("eleve12");
        var file = kind switch
        {
            "huge-cell" => HostileFiles.HugeSharedString(50_000_000),
            "rows" => HostileFiles.ManyRows(2_000_000),
            "dtd" => HostileFiles.WithDtd(),
            "random" => HostileFiles.RandomBytes(300_000),
            "nul" => Encoding.UTF8.GetBytes("nom;ville\nGarage\0;Rennes\n"),
            _ => Encoding.UTF8.GetBytes($"nom;notes\nA;b\nC;{new string('x', 2_001)}\n"),
        };

        var response = await client.PostFileAsync("/prospects/import", "fichier", fileName, file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains(message, page.Text());
        Assert.NotNull(page.QuerySelector("form[action='/prospects/import'] input[type=file]"));
        Assert.False(await app.WithDbAsync(db => db.ProspectImports.AnyAsync(i => i.WorkspaceId == ws)));
    }

    [Fact]
    public async Task Upload_SixMegabytes_AnswersTheFormMessage_NotAServerError()
    {
        var client = await app.AsAsync("eleve13");

        var response = await client.PostFileAsync("/prospects/import", "fichier", "gros.csv", HostileFiles.LargeCsv(6 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le fichier dépasse 5 Mo", (await response.ReadDocumentAsync()).Text());
    }

    [Fact]
    public async Task PreviewAndImport_WorkFromTheTableKeptAtTheUpload_NotFromTheFile()
    {
        var client = await app.AsAsync("eleve14");
        var ws = await app.WorkspaceOfAsync("eleve14");
        var upload = await client.PostFileAsync("/prospects/import", "fichier", "a.csv", Encoding.UTF8.GetBytes("nom;code_postal;ville\nGarage Lu Une Fois;35000;Rennes\n"));
        upload.AssertRedirectsTo("/prospects/import/");
        var id = int.Parse(upload.Headers.Location!.OriginalString.Split('/').Last());

        // What is kept is the parsed table: change it in the database, and the preview and the import follow it.
        await app.WithDbAsync(async db =>
        {
            var batch = await db.ProspectImports.SingleAsync(i => i.Id == id);
            Assert.Contains("\"Line\":2", batch.TableJson);
            batch.TableJson = batch.TableJson.Replace("Garage Lu Une Fois", "Garage Du Tableau");
            return await db.SaveChangesAsync();
        });
        var preview = await client.GetDocumentAsync($"/prospects/import/{id}");
        Assert.Contains("Garage Du Tableau", preview.Text());
        Assert.DoesNotContain("Garage Lu Une Fois", preview.Text());

        await client.ApplyImportAsync(id);

        Assert.True(await app.WithDbAsync(db => db.Prospects.AnyAsync(p => p.WorkspaceId == ws && p.Name == "Garage Du Tableau")));
    }

    [Fact]
    public async Task Import_ControlCharacters_NeverReachAFiche()
    {
        var client = await app.AsAsync("eleve15");
        var ws = await app.WorkspaceOfAsync("eleve15");
        var csv = new StringBuilder("nom;code_postal;ville;notes\n");
        for (var i = 0; i < 40; i++)
        {
            csv.Append("Atelier ").Append(i).Append(";35000;Rennes;\n");
        }
        csv.Append("Garage\0 Contr\u0001ôle;35000;Ren\u0085nes;\"note\tune\r\nnote deux\u001B\"\n");

        var upload = await client.PostFileAsync("/prospects/import", "fichier", "controles.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        var id = int.Parse(upload.Headers.Location!.OriginalString.Split('/').Last());
        await client.ApplyImportAsync(id);

        var saved = await app.WithDbAsync(db => db.Prospects.SingleAsync(p => p.WorkspaceId == ws && p.Name == "Garage Contrôle"));
        Assert.Equal("Rennes", saved.City);
        Assert.Equal("note une\nnote deux", saved.Notes);
    }

    [Fact]
    public async Task Student_CannotCancelAnotherStudentsImport_NorSeeItsTable()
    {
        var owner = await app.AsAsync("eleve16");
        var intruder = await app.AsAsync("eleve17");
        var upload = await owner.PostFileAsync("/prospects/import", "fichier", "a.csv", Encoding.UTF8.GetBytes("nom;code_postal;ville\nImport gardé;35000;Rennes\n"));
        var id = int.Parse(upload.Headers.Location!.OriginalString.Split('/').Last());

        var cancel = await intruder.PostFormAsync($"/prospects/import/{id}/annuler", new(), formPage: "/prospects/import");
        var preview = await intruder.GetAsync($"/prospects/import/{id}");

        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
        Assert.Contains("Import gardé", (await owner.GetDocumentAsync($"/prospects/import/{id}")).Text());
    }
}
