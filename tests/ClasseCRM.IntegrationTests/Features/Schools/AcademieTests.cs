using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Demo;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Schools;

/// <summary>
/// Issue 20, item 5: établissements above classes in an académie's installation. The operator creates an établissement
/// with its first administrator; an administrator, a teacher, a student of one établissement meet nothing of another
/// (404); the installation's pages (jobs, backups, mail settings) are the operator's.
/// </summary>
public sealed class AcademieTests(AcademieApp app) : IClassFixture<AcademieApp>
{
    [Fact]
    public async Task Operator_ChoosesTheirPassword_ThenSeesEachSchoolWithItsAdministratorsAndCounts()
    {
        var operatorClient = await app.OperatorAsync();

        (await operatorClient.GetAsync("/")).AssertRedirectsTo("/academie");
        var page = await operatorClient.GetDocumentAsync("/academie");
        var demo = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(SchoolStory.DemoUai, StringComparison.Ordinal));
        var cells = demo.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("Jean-Moulin", cells[0], StringComparison.Ordinal);
        Assert.Contains("(admin)", cells[2], StringComparison.Ordinal);
        var (teachers, classes, students) = await app.WithDbAsync(async db =>
        {
            var school = await db.Schools.Where(s => s.Uai == SchoolStory.DemoUai).Select(s => s.Id).SingleAsync();
            int InRole(string role) => db.Users.Count(u => u.SchoolId == school && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
            return (InRole(Roles.Teacher), await db.Classes.CountAsync(c => c.SchoolId == school && !c.IsArchived), InRole(Roles.Student));
        });
        Assert.Equal([teachers.ToString(), classes.ToString(), students.ToString()], cells.Skip(3));
        Assert.Equal((2, 3, 24), (teachers, classes, students));
    }

    [Fact]
    public async Task NewSchool_ItsAdministrator_ManagesOnlyItsOwnTeachers_404OnTheOthers()
    {
        var rives = await app.SecondSchoolAsync();
        var demoAdmin = await app.AsAsync("admin");

        var home = await rives.Admin.GetDocumentAsync("/admin");
        Assert.Contains("Lycée professionnel des Deux Rives, Redon — UAI " + AcademieApp.RivesUai, home.Text(), StringComparison.Ordinal);
        Assert.Equal(["1", "0", "3"], home.QuerySelectorAll(".stat").Take(3).Select(s => s.TextContent.Trim()));
        var theirTeachers = (await rives.Admin.GetDocumentAsync("/admin/enseignants")).Text();
        Assert.Contains("prof.rives", theirTeachers, StringComparison.Ordinal);
        Assert.DoesNotContain("prof.martin", theirTeachers, StringComparison.Ordinal);
        Assert.DoesNotContain("prof.rives", (await demoAdmin.GetDocumentAsync("/admin/enseignants")).Text(), StringComparison.Ordinal);

        var (martin, paul) = await app.WithDbAsync(async db => (
            await db.Users.Where(u => u.UserName == "prof.martin").Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.UserName == "prof.rives").Select(u => u.Id).SingleAsync()));
        var stampBefore = await app.WithDbAsync(db => db.Users.Where(u => u.Id == martin).Select(u => u.PasswordHash).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await rives.Admin.PostFormAsync($"/admin/enseignants/{martin}/reinitialiser", [], "/admin/enseignants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demoAdmin.PostFormAsync($"/admin/enseignants/{paul}/reinitialiser", [], "/admin/enseignants")).StatusCode);
        Assert.Equal(stampBefore, await app.WithDbAsync(db => db.Users.Where(u => u.Id == martin).Select(u => u.PasswordHash).SingleAsync()));
    }

    [Fact]
    public async Task ClassesAndStudents_BelongToTheTeachersSchool_AndAreNotFoundFromTheOther()
    {
        var rives = await app.SecondSchoolAsync();
        var martin = await app.AsAsync("prof.martin");
        var martinsClass = await app.WithDbAsync(db => db.Classes.Where(c => c.Teacher!.UserName == "prof.martin").Select(c => c.Id).FirstAsync());

        var (classSchool, studentSchool) = await app.WithDbAsync(async db => (
            await db.Classes.Where(c => c.Id == rives.ClassId).Select(c => c.SchoolId).SingleAsync(),
            await db.Enrollments.Where(e => e.ClassId == rives.ClassId).Select(e => e.Student!.SchoolId).SingleAsync()));
        Assert.Equal(rives.Id, classSchool);
        Assert.Equal(rives.Id, studentSchool);
        Assert.Equal(HttpStatusCode.NotFound, (await martin.GetAsync($"/classes/{rives.ClassId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await martin.GetAsync($"/classes/{rives.ClassId}/eleves/ajouter")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rives.Teacher.GetAsync($"/classes/{martinsClass}")).StatusCode);
        Assert.DoesNotContain("1re MCV B", (await rives.Teacher.GetDocumentAsync("/classes")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadSchool_FrenchMessages_KeepWhatWasTyped_AndCreateNothing()
    {
        var operatorClient = await app.OperatorAsync();
        var before = await app.WithDbAsync(db => db.Schools.CountAsync());
        Dictionary<string, string> Form(string uai, string admin) => new()
        {
            ["School.Name"] = "Lycée des Essais", ["School.Uai"] = uai, ["School.City"] = "Vannes",
            ["Admin.UserName"] = admin, ["Admin.LastName"] = "Essai", ["Admin.FirstName"] = "Anne",
        };

        var wrongLetter = await (await operatorClient.PostFormAsync("/academie", Form("0351234C", "admin.essais"))).ReadDocumentAsync();
        Assert.Contains("La lettre clé du code UAI « 0351234C » ne correspond pas à ses chiffres (attendu : 0351234B).", wrongLetter.Text(), StringComparison.Ordinal);
        Assert.Equal("Lycée des Essais", wrongLetter.QuerySelector("input[name='School.Name']")!.GetAttribute("value"));
        Assert.Equal("admin.essais", wrongLetter.QuerySelector("input[name='Admin.UserName']")!.GetAttribute("value"));
        var shape = await (await operatorClient.PostFormAsync("/academie", Form("75-0654", "admin.essais"))).TextAsync();
        Assert.Contains("doit compter 7 chiffres suivis d'une lettre", shape, StringComparison.Ordinal);
        var missing = await (await operatorClient.PostFormAsync("/academie", Form("", "admin.essais"))).TextAsync();
        Assert.Contains("Saisissez le code UAI de l'établissement", missing, StringComparison.Ordinal);
        var taken = await (await operatorClient.PostFormAsync("/academie", Form(SchoolStory.DemoUai, "admin.essais"))).TextAsync();
        Assert.Contains($"Le code UAI {SchoolStory.DemoUai} est déjà celui d'un autre établissement.", taken, StringComparison.Ordinal);

        // A valid UAI but a taken identifiant: neither the établissement nor its administrator is created.
        var takenAdmin = await (await operatorClient.PostFormAsync("/academie", Form("0560001" + Uai.CheckLetter("0560001"), "prof.martin"))).ReadDocumentAsync();
        Assert.Contains("L'identifiant « prof.martin » est déjà utilisé.", takenAdmin.Text(), StringComparison.Ordinal);
        Assert.Equal("Vannes", takenAdmin.QuerySelector("input[name='School.City']")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Schools.CountAsync()));
    }

    [Fact]
    public async Task InstallationPages_AreTheOperators_NotASchoolAdministrators()
    {
        var operatorClient = await app.OperatorAsync();
        var demoAdmin = await app.AsAsync("admin");
        string[] installation = ["/admin/jobs", "/admin/taches", "/admin/sauvegarde", "/admin/parametres"];

        foreach (var page in installation)
        {
            Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync(page)).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await demoAdmin.GetAsync(page)).StatusCode);
        }
        var adminHome = await demoAdmin.GetDocumentAsync("/admin");
        Assert.Null(adminHome.QuerySelector("a[href='/admin/jobs']"));
        Assert.Contains("relèvent de l'opérateur académique", adminHome.Text(), StringComparison.Ordinal);
        // The operator reads no établissement's teachers or classes; an administrator has no académie page.
        foreach (var page in new[] { "/admin", "/admin/enseignants", "/admin/etablissement", "/classes" })
        {
            Assert.NotEqual(HttpStatusCode.OK, (await operatorClient.GetAsync(page)).StatusCode);
        }
        Assert.NotEqual(HttpStatusCode.OK, (await demoAdmin.GetAsync("/academie")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await (await app.AsAsync("prof.martin")).GetAsync("/academie")).StatusCode);
    }

    [Fact]
    public async Task MailQueue_AnAdministratorFollowsTheirSchools_TheOperatorEvery()
    {
        var rives = await app.SecondSchoolAsync();
        var operatorClient = await app.OperatorAsync();
        var demoMessage = await app.WithDbAsync(db => db.OutboxMessages.OrderBy(m => m.Id).Select(m => new { m.Id, m.SchoolId }).FirstAsync());
        var total = await app.WithDbAsync(db => db.OutboxMessages.CountAsync());
        Assert.True(total > 0);
        Assert.NotNull(demoMessage.SchoolId);

        Assert.Contains("Aucun courriel", (await rives.Admin.GetDocumentAsync("/admin/messages")).Text(), StringComparison.Ordinal);
        var retry = await rives.Admin.PostFormAsync($"/admin/messages/{demoMessage.Id}/reessayer", [], "/admin/messages");
        Assert.Equal(HttpStatusCode.NotFound, retry.StatusCode);
        // Every établissement's messages (a reminder may be mailed meanwhile: between the counts read before and after).
        var shown = int.Parse((await operatorClient.GetDocumentAsync("/admin/messages")).QuerySelector("#total-courriels")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(shown, total, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));

        // The operator's test mail is theirs: no établissement's administrator sees it.
        await operatorClient.PostFormAsync("/admin/parametres/test-courriel", new() { ["To"] = "essai@academie.example" }, "/admin/parametres");
        Assert.Null(await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == "essai@academie.example").Select(m => m.SchoolId).SingleAsync()));
        Assert.DoesNotContain("essai@academie.example", (await (await app.AsAsync("admin")).GetDocumentAsync("/admin/messages")).Text(), StringComparison.Ordinal);
    }
}
