using System.Net;
using System.Text;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Classes;

public sealed class ClassesTests(TestApp app) : IClassFixture<TestApp>
{
    static ClassesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private async Task<(HttpClient Client, int ClassId)> NewClassAsync(string name)
    {
        var client = await app.AsAsync("prof.durand");
        var response = await client.PostFormAsync("/classes/nouvelle", new() { ["Name"] = name, ["SchoolYear"] = "2026-2027" });
        response.AssertRedirectsTo("/classes/");
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        return (client, id);
    }

    [Fact]
    public async Task Create_InvalidInput_KeepsWhatWasTypedWithFrenchMessage()
    {
        var client = await app.AsAsync("prof.durand");

        var response = await client.PostFormAsync("/classes/nouvelle", new() { ["Name"] = "2nde MRC", ["SchoolYear"] = "l'an prochain" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("L'année scolaire s'écrit comme « 2026-2027 ».", page.Text());
        Assert.Equal("2nde MRC", page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.Equal("l'an prochain", page.QuerySelector("input[name=SchoolYear]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Import_Utf8SemicolonWithHeader_CreatesAccountsAndShowsSlipsOnce()
    {
        var (client, classId) = await NewClassAsync("Import UTF-8");
        var csv = "\uFEFFnom;prénom;email\nLefèvre;Anaïs;anais@lycee.example\nN'Diaye;Moussa;\n\"Da Silva\";\"Inès\";\n";

        var response = await client.PostFileAsync($"/classes/{classId}/eleves/importer", "fichier", "liste.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("3 comptes créés", page.Text());
        Assert.Equal(3, page.QuerySelectorAll(".slip").Length);
        Assert.Contains("anais.lefevre", page.Text());
        Assert.Contains("moussa.n.diaye", page.Text());
        Assert.Contains("ines.da.silva", page.Text());
        var students = await app.WithDbAsync(db => db.Enrollments.Where(e => e.ClassId == classId).Select(e => e.Student!).ToListAsync());
        Assert.Equal(3, students.Count);
        Assert.All(students, s => Assert.True(s.MustChangePassword));
        Assert.Equal("anais@lycee.example", students.Single(s => s.LastName == "Lefèvre").Email);

        // The slip's password works once, and is not shown again on the class page.
        var slip = page.QuerySelectorAll(".slip").First(s => s.TextContent.Contains("anais.lefevre"));
        var password = slip.QuerySelector(".password")!.TextContent;
        var student = app.CreateBrowserlessClient();
        (await student.PostFormAsync("/compte/connexion", new() { ["UserName"] = "anais.lefevre", ["Password"] = password }))
            .AssertRedirectsTo("/compte/mot-de-passe");
        Assert.DoesNotContain(password, await (await client.GetAsync($"/classes/{classId}")).TextAsync());
    }

    [Fact]
    public async Task Import_Windows1252CommaNoHeader_ReadsAccents()
    {
        var (client, classId) = await NewClassAsync("Import Excel");
        var csv = Encoding.GetEncoding(1252).GetBytes("Bérénice,Zoé\r\nÇelik,Noël,noel@lycee.example\r\n");

        var response = await client.PostFileAsync($"/classes/{classId}/eleves/importer", "fichier", "excel.csv", csv);

        Assert.Contains("2 comptes créés", await response.TextAsync());
        var names = await app.WithDbAsync(db => db.Enrollments.Where(e => e.ClassId == classId).Select(e => e.Student!.LastName + " " + e.Student.FirstName).ToListAsync());
        Assert.Contains("Bérénice Zoé", names);
        Assert.Contains("Çelik Noël", names);
    }

    [Fact]
    public async Task Import_MalformedRows_ReportsEachRowAndCreatesNothing()
    {
        var (client, classId) = await NewClassAsync("Import erroné");
        var csv = "nom;prénom;email\nMartin;Léa;\n;Hugo;\nPetit;;\nDurand;Paul;pas-un-email\nMartin;Léa;\nRoux;Emma;e@x.example;en trop\n";

        var response = await client.PostFileAsync($"/classes/{classId}/eleves/importer", "fichier", "liste.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Contains(rows, r => r.Contains('3') && r.Contains("Le nom est vide."));
        Assert.Contains(rows, r => r.Contains('4') && r.Contains("Le prénom est vide."));
        Assert.Contains(rows, r => r.Contains('5') && r.Contains("L'adresse e-mail « pas-un-email » n'est pas valide."));
        Assert.Contains(rows, r => r.Contains('6') && r.Contains("en double"));
        Assert.Contains(rows, r => r.Contains('7') && r.Contains("Trop de colonnes"));
        Assert.Contains("aucun compte n'a été créé", page.Text());
        Assert.Equal(0, await app.WithDbAsync(db => db.Enrollments.CountAsync(e => e.ClassId == classId)));
    }

    [Fact]
    public async Task Import_EmptyOrMissingFile_FrenchMessage()
    {
        var (client, classId) = await NewClassAsync("Import vide");

        var empty = await client.PostFileAsync($"/classes/{classId}/eleves/importer", "fichier", "vide.csv", []);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Choisissez le fichier de la liste de classe", await empty.TextAsync());
    }

    [Fact]
    public async Task Import_BinaryDataPosingAsCsv_IsRefused_AndControlCharactersNeverReachAnAccount()
    {
        var (client, classId) = await NewClassAsync("Import hostile");
        var random = new byte[4096];
        new Random(14).NextBytes(random);

        var binary = await client.PostFileAsync($"/classes/{classId}/eleves/importer", "fichier", "liste.csv", random);

        Assert.Equal(HttpStatusCode.OK, binary.StatusCode);
        Assert.Contains("n'est pas un CSV lisible", await binary.TextAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Enrollments.CountAsync(e => e.ClassId == classId)));

        // One stray control character in a real list (a bell pasted with a name) is left out; the list is read.
        var list = "nom;prénom\nLe Bi\u0007han;Maël\n" + string.Concat(Enumerable.Range(1, 11).Select(i => $"Élève{(char)('A' + i)}ponte;Camille\n"));
        var withControls = await client.PostFileAsync($"/classes/{classId}/eleves/importer", "fichier", "liste.csv", Encoding.UTF8.GetBytes(list));

        Assert.Equal(HttpStatusCode.OK, withControls.StatusCode);
        var names = await app.WithDbAsync(db => db.Enrollments.Where(e => e.ClassId == classId).Select(e => e.Student!.LastName + "|" + e.Student.FirstName).ToListAsync());
        Assert.Equal(12, names.Count);
        Assert.Contains("Le Bihan|Maël", names);
    }

    [Fact]
    public async Task AddStudent_DuplicateName_GetsAnotherIdentifiant()
    {
        var (client, classId) = await NewClassAsync("Homonymes");

        var first = await (await client.PostFormAsync($"/classes/{classId}/eleves/ajouter", new() { ["LastName"] = "Bernard", ["FirstName"] = "Lucas" })).ReadDocumentAsync();
        var (_, otherClass) = await NewClassAsync("Homonymes bis");
        var second = await (await client.PostFormAsync($"/classes/{otherClass}/eleves/ajouter", new() { ["LastName"] = "Bernard", ["FirstName"] = "Lucas" })).ReadDocumentAsync();

        Assert.Equal("lucas.bernard", first.QuerySelector("table code")!.TextContent);
        Assert.Equal("lucas.bernard2", second.QuerySelector("table code")!.TextContent);
    }

    [Fact]
    public async Task ResetPassword_IssuesNewPasswordThatMustBeChanged()
    {
        var client = await app.AsAsync("prof.durand");
        var classId = await app.ClassOfAsync("prof.durand");
        var studentId = await app.UserIdAsync("eleve16");
        var student = await app.SignInAsync("eleve16");

        var response = await client.PostFormAsync($"/classes/{classId}/eleves/{studentId}/reinitialiser", new(), formPage: $"/classes/{classId}");

        var password = (await response.ReadDocumentAsync()).QuerySelector("table code.password")!.TextContent;
        Assert.Equal(11, password.Length);
        // The old session ends (security stamp) and the old password no longer works.
        (await student.GetAsync("/")).AssertRedirectsTo("http://localhost/compte/connexion");
        var old = await app.CreateBrowserlessClient().PostFormAsync("/compte/connexion", new() { ["UserName"] = "eleve16", ["Password"] = TestApp.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        (await app.CreateBrowserlessClient().PostFormAsync("/compte/connexion", new() { ["UserName"] = "eleve16", ["Password"] = password }))
            .AssertRedirectsTo("/compte/mot-de-passe");
    }

    [Fact]
    public async Task HandOut_GivesEachStudentAWorkspaceWithTheSameFile_AndIsIdempotent()
    {
        var (client, classId) = await NewClassAsync("Distribution");
        var csv = "nom;prénom\nAlpha;Ana\nBravo;Ben\nCharlie;Chloé\n";
        await client.PostFileAsync($"/classes/{classId}/eleves/importer", "fichier", "l.csv", Encoding.UTF8.GetBytes(csv));
        var scenario = await app.ShippedScenarioAsync("habitat-confort");

        var response = await client.PostFormAsync($"/classes/{classId}/distribuer", new() { ["ScenarioId"] = scenario.ToString(), ["Pairs"] = "false" });
        response.AssertRedirectsTo($"/classes/{classId}");
        var again = await client.PostFormAsync($"/classes/{classId}/distribuer", new() { ["ScenarioId"] = scenario.ToString(), ["Pairs"] = "false" });
        again.AssertRedirectsTo($"/classes/{classId}");

        var workspaces = await app.WithDbAsync(db => db.Workspaces.Where(w => w.ClassId == classId).Select(w => w.Id).ToListAsync());
        Assert.Equal(3, workspaces.Count);
        var files = new List<List<string>>();
        foreach (var ws in workspaces)
        {
            files.Add(await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).OrderBy(p => p.Id)
                .Select(p => p.Name + "|" + p.PostalCode + "|" + p.City + "|" + p.Phone).ToListAsync()));
        }
        Assert.All(files, f => Assert.Equal(40, f.Count));
        Assert.All(files, f => Assert.Equal(files[0], f));
        var prospects = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == workspaces[0]).ToListAsync());
        Assert.All(prospects, p =>
        {
            Assert.Equal(ProspectKind.Individual, p.Kind);
            Assert.Contains(p.Department, new[] { "31", "81", "82", "32", "11" });
            Assert.StartsWith("06 39 98", p.Phone);
            Assert.EndsWith(".example", p.Email);
        });
    }

    [Fact]
    public async Task HandOut_InPairs_GroupsAlphabetically()
    {
        var (client, classId) = await NewClassAsync("Binômes");
        var csv = "nom;prénom\nDelta;Dan\nAlpha;Ana\nCharlie;Cyd\nBravo;Bob\nEcho;Eve\n";
        await client.PostFileAsync($"/classes/{classId}/eleves/importer", "fichier", "l.csv", Encoding.UTF8.GetBytes(csv));
        var scenario = await app.ShippedScenarioAsync("bureau-ouest");

        await client.PostFormAsync($"/classes/{classId}/distribuer", new() { ["ScenarioId"] = scenario.ToString(), ["Pairs"] = "true" });

        var groups = await app.WithDbAsync(db => db.Workspaces.Where(w => w.ClassId == classId).OrderBy(w => w.Id)
            .Select(w => w.Members.Select(m => m.Student!.LastName).OrderBy(n => n).ToList()).ToListAsync());
        Assert.Equal(3, groups.Count);
        Assert.Equal(["Alpha", "Bravo"], groups[0]);
        Assert.Equal(["Charlie", "Delta"], groups[1]);
        Assert.Equal(["Echo"], groups[2]);
        var ids = await app.WithDbAsync(db => db.Workspaces.Where(w => w.ClassId == classId).Select(w => w.Id).ToListAsync());
        var organisations = await app.WithDbAsync(db => db.Prospects.Include(p => p.Contacts).Where(p => ids.Contains(p.WorkspaceId)).ToListAsync());
        Assert.Equal(120, organisations.Count);
        Assert.All(organisations, p =>
        {
            Assert.Equal(ProspectKind.Organisation, p.Kind);
            Assert.True(Identifiers.IsValidSiret(p.Siret), p.Siret);
            Assert.Contains(p.Contacts, c => c.Role == ContactRole.DecisionMaker);
            Assert.Equal(p.WorkspaceId, Assert.Single(p.Contacts.Select(c => c.WorkspaceId).Distinct()));
        });
    }

    [Fact]
    public async Task HandOut_WithoutScenario_FrenchMessage()
    {
        var client = await app.AsAsync("prof.durand");
        var classId = await app.ClassOfAsync("prof.durand");

        var response = await client.PostFormAsync($"/classes/{classId}/distribuer", new() { ["ScenarioId"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez un scénario.", await response.TextAsync());
    }

    [Fact]
    public async Task Archive_MakesStudentWorkspaceReadOnly()
    {
        var (client, classId) = await NewClassAsync("À archiver");
        var added = await (await client.PostFormAsync($"/classes/{classId}/eleves/ajouter", new() { ["LastName"] = "Archive", ["FirstName"] = "Aude" })).ReadDocumentAsync();
        var userName = added.QuerySelector("table code")!.TextContent;
        var password = added.QuerySelector("table code.password")!.TextContent;
        var scenario = await app.ShippedScenarioAsync("bureau-ouest");
        await client.PostFormAsync($"/classes/{classId}/distribuer", new() { ["ScenarioId"] = scenario.ToString() });

        var archived = await client.PostFormAsync($"/classes/{classId}/archiver", new() { ["archiver"] = "true" }, formPage: $"/classes/{classId}");
        archived.AssertRedirectsTo("/classes");

        var student = app.CreateBrowserlessClient();
        await student.PostFormAsync("/compte/connexion", new() { ["UserName"] = userName, ["Password"] = password });
        await student.PostFormAsync("/compte/mot-de-passe", new() { ["CurrentPassword"] = password, ["NewPassword"] = "archive-aude-2026", ["ConfirmPassword"] = "archive-aude-2026" });
        var home = await student.GetAsync("/");
        Assert.Contains("Cette classe est archivée", await home.TextAsync());
        var send = await student.PostFormAsync("/messagerie/nouveau", new() { ["OtherAddress"] = "x@y.example", ["Subject"] = "Test", ["Body"] = "Corps" });
        Assert.Contains("Cet espace de travail est archivé", await send.TextAsync());
    }
}
