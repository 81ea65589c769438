using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Demo;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        var (pending, failed) = await app.WithDbAsync(async db =>
        {
            var school = await db.Schools.Where(s => s.Uai == SchoolStory.DemoUai).Select(s => s.Id).SingleAsync();
            return (await db.OutboxMessages.CountAsync(m => m.SchoolId == school && m.Status == OutboxStatus.Pending),
                await db.OutboxMessages.CountAsync(m => m.SchoolId == school && m.Status == OutboxStatus.Failed));
        });
        Assert.Equal([teachers.ToString(), classes.ToString(), students.ToString(), $"{pending} / {failed}"], cells.Skip(3));
        Assert.Equal((2, 3, 24), (teachers, classes, students));
    }

    [Fact]
    public async Task NewSchool_ItsAdministrator_ManagesOnlyItsOwnTeachers_404OnTheOthers()
    {
        var rives = await app.SecondSchoolAsync();
        var demoAdmin = await app.AsAsync("admin");

        var home = await rives.Admin.GetDocumentAsync("/admin");
        Assert.Contains("Lycée professionnel des Deux Rives, Redon — UAI " + AcademieApp.RivesUai, home.Text(), StringComparison.Ordinal);
        // Its class, its student's workspace, its three accounts (administrator, teacher, student): none of the demo lycée's.
        Assert.Equal(["1", "1", "3"], home.QuerySelectorAll(".stat").Take(3).Select(s => s.TextContent.Trim()));
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
            Assert.Equal(HttpStatusCode.Forbidden, (await demoAdmin.GetAsync(page)).StatusCode);
        }
        var adminHome = await demoAdmin.GetDocumentAsync("/admin");
        Assert.Null(adminHome.QuerySelector("a[href='/admin/jobs']"));
        Assert.Contains("relèvent de l'opérateur académique", adminHome.Text(), StringComparison.Ordinal);
        // The operator reads no établissement's teachers or classes; an administrator, a teacher have no académie page.
        foreach (var page in new[] { "/admin", "/admin/enseignants", "/admin/etablissement", "/classes" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.GetAsync(page)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await demoAdmin.GetAsync("/academie")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.AsAsync("prof.martin")).GetAsync("/academie")).StatusCode);
    }

    [Fact]
    public async Task MailQueue_EachAdministratorFollowsTheirSchools_TheOperatorOnlyTheInstallations()
    {
        var rives = await app.SecondSchoolAsync();
        var operatorClient = await app.OperatorAsync();
        var demoAdmin = await app.AsAsync("admin");
        var demoMessage = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.SchoolId != null).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());

        // Léa, of the second lycée, writes to a prospect of her file: her lycée's message, not the demo lycée's.
        var contact = await app.WithDbAsync(db => db.Contacts.Where(c => c.Email != null && db.WorkspaceMembers.Any(m => m.WorkspaceId == c.WorkspaceId && m.Student!.UserName == rives.StudentName))
            .Select(c => c.Id).FirstAsync());
        (await rives.Student.PostFormAsync("/messagerie/nouveau", new()
        {
            ["ContactId"] = contact.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Subject"] = "Rendez-vous des Deux Rives", ["Body"] = "Bonjour, je vous propose un rendez-vous.",
        })).AssertRedirectsTo("/messagerie");
        var sent = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject == "Rendez-vous des Deux Rives").Select(m => new { m.Id, m.SchoolId }).SingleAsync());
        Assert.Equal(rives.Id, sent.SchoolId);

        Assert.Contains("Rendez-vous des Deux Rives", (await rives.Admin.GetDocumentAsync("/admin/messages")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Rendez-vous des Deux Rives", (await demoAdmin.GetDocumentAsync("/admin/messages")).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await rives.Admin.PostFormAsync($"/admin/messages/{demoMessage}/reessayer", [], "/admin/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demoAdmin.PostFormAsync($"/admin/messages/{sent.Id}/reessayer", [], "/admin/messages")).StatusCode);

        // The operator's test mail is the installation's: no lycée's administrator sees it; the operator sees no lycée's mail.
        (await operatorClient.PostFormAsync("/admin/parametres/test-courriel", new() { ["To"] = "essai@academie.example" }, "/admin/parametres"))
            .AssertRedirectsTo("/admin/messages");
        Assert.Null(await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == "essai@academie.example").Select(m => m.SchoolId).SingleAsync()));
        var operatorMail = (await operatorClient.GetDocumentAsync("/admin/messages")).Text();
        Assert.Contains("essai@academie.example", operatorMail, StringComparison.Ordinal);
        Assert.DoesNotContain("Rendez-vous des Deux Rives", operatorMail, StringComparison.Ordinal);
        Assert.DoesNotContain("essai@academie.example", (await demoAdmin.GetDocumentAsync("/admin/messages")).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorClient.PostFormAsync($"/admin/messages/{sent.Id}/reessayer", [], "/admin/messages")).StatusCode);
    }

    [Fact]
    public async Task StudentOfOneSchool_FindsNothingOfTheOther_AndHerCoverNamesHerSchool()
    {
        var rives = await app.SecondSchoolAsync();
        var (demoWorkspace, demoProspect) = await app.WithDbAsync(async db => (
            await db.WorkspaceMembers.Where(m => m.Student!.UserName == "eleve1").Select(m => m.WorkspaceId).FirstAsync(),
            await db.Prospects.Where(p => db.WorkspaceMembers.Any(m => m.WorkspaceId == p.WorkspaceId && m.Student!.UserName == "eleve1")).Select(p => p.Id).FirstAsync()));

        Assert.Equal(HttpStatusCode.NotFound, (await rives.Student.GetAsync($"/prospects/{demoProspect}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rives.Teacher.GetAsync($"/prospects/{demoProspect}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rives.Student.GetAsync($"/espaces/{demoWorkspace}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rives.Student.PostFormAsync("/espaces/choisir", new() { ["espace"] = demoWorkspace.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/prospects")).StatusCode);
        var own = await rives.Student.GetDocumentAsync("/prospects");
        Assert.DoesNotContain(await app.WithDbAsync(db => db.Prospects.Where(p => p.Id == demoProspect).Select(p => p.Name).SingleAsync()), own.Text(), StringComparison.Ordinal);

        var (_, synthesis) = await Syntheses.SynthesisTests.PrepareAsync(rives.Student, "Compte rendu aux Deux Rives");
        var cover = (await rives.Student.GetDocumentAsync($"/syntheses/{synthesis}")).QuerySelectorAll("#page-de-garde dt")
            .Single(dt => dt.TextContent.Contains("Établissement", StringComparison.Ordinal));
        Assert.Equal("Lycée professionnel des Deux Rives", cover.NextElementSibling!.TextContent.Trim());
    }

    [Fact]
    public async Task AdministratorOfNoSchool_ManagesNothing_AndSeesNoOrphan()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var account = new AppUser { UserName = "admin.sans.lycee", FirstName = "Sans", LastName = "Lycée", CreatedAtUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(account, TestApp.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(account, Roles.Admin);
            var orphan = new AppUser { UserName = "prof.sans.lycee", FirstName = "Orphelin", LastName = "Prof", CreatedAtUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(orphan, TestApp.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(orphan, Roles.Teacher);
        }
        var operatorClient = await app.OperatorAsync();
        await operatorClient.PostFormAsync("/admin/parametres/test-courriel", new() { ["To"] = "orphelin@academie.example" }, "/admin/parametres");
        var orphanTeacher = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "prof.sans.lycee").Select(u => u.Id).SingleAsync());
        var operatorMail = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == "orphelin@academie.example").Select(m => m.Id).SingleAsync());

        var stray = await app.SignInAsync("admin.sans.lycee");

        Assert.DoesNotContain("prof.sans.lycee", (await stray.GetDocumentAsync("/admin/enseignants")).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stray.PostFormAsync($"/admin/enseignants/{orphanTeacher}/reinitialiser", [], "/admin/enseignants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stray.PostFormAsync($"/admin/messages/{operatorMail}/reessayer", [], "/admin/messages")).StatusCode);
        var refused = await stray.PostFormAsync("/admin/enseignants", new() { ["UserName"] = "prof.egare", ["LastName"] = "Égaré", ["FirstName"] = "Paul" });
        Assert.Contains(Web.Features.Admin.TeacherAccountService.NoSchool, await refused.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(["0", "0", "0"], (await stray.GetDocumentAsync("/admin")).QuerySelectorAll(".stat").Take(3).Select(s => s.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.NotFound, (await stray.GetAsync("/admin/etablissement")).StatusCode);
    }
}
