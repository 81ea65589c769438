using System.Net;
using ClasseCRM.IntegrationTests.Support;

namespace ClasseCRM.IntegrationTests.Infrastructure.Access;

/// <summary>Every cross-line through HTTP: student → other student, teacher → other teacher's class, student → teacher and admin pages.</summary>
public sealed class AccessTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Student_OwnWorkspace_Opens_OtherStudentsWorkspace_Is404()
    {
        var client = await app.AsAsync("eleve1");
        var own = await app.WorkspaceOfAsync("eleve1");
        var classmate = await app.WorkspaceOfAsync("eleve2");
        var otherClass = await app.WorkspaceOfAsync("eleve13");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/espaces/{own}")).StatusCode);
        var notFound = await client.GetAsync($"/espaces/{classmate}");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Contains("Page introuvable", await notFound.TextAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/espaces/{otherClass}")).StatusCode);
    }

    [Fact]
    public async Task Student_CannotChooseAnotherStudentsWorkspace()
    {
        var client = await app.AsAsync("eleve1");
        var classmate = await app.WorkspaceOfAsync("eleve2");

        var response = await client.PostFormAsync("/espaces/choisir", new() { ["espace"] = classmate.ToString() }, formPage: "/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/classes")]
    [InlineData("/classes/nouvelle")]
    [InlineData("/scenarios")]
    [InlineData("/admin")]
    [InlineData("/admin/enseignants")]
    [InlineData("/admin/sauvegarde")]
    [InlineData("/admin/jobs")]
    public async Task Student_TeacherAndAdminPages_Are403(string url)
    {
        var client = await app.AsAsync("eleve1");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Accès refusé", await response.TextAsync());
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/messages")]
    [InlineData("/admin/jobs")]
    public async Task Teacher_AdminPages_Are403(string url)
    {
        var client = await app.AsAsync("prof.martin");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Admin_OpensJobsDashboard()
    {
        var client = await app.SignInAsync("admin");

        var response = await client.GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ClasseCRM — tâches planifiées", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anonymous_JobsDashboard_IsRefused()
    {
        var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Teacher_OwnClassAndItsWorkspaces_Open_OtherTeachersAre404()
    {
        var client = await app.AsAsync("prof.martin");
        var own = await app.ClassOfAsync("prof.martin");
        var other = await app.ClassOfAsync("prof.durand");
        var ownStudentWorkspace = await app.WorkspaceOfAsync("eleve1");
        var otherStudentWorkspace = await app.WorkspaceOfAsync("eleve13");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/classes/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/espaces/{ownStudentWorkspace}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/classes/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/classes/{other}/distribuer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/espaces/{otherStudentWorkspace}")).StatusCode);
    }

    [Fact]
    public async Task Teacher_CannotActOnAnotherTeachersClass()
    {
        var client = await app.AsAsync("prof.martin");
        var other = await app.ClassOfAsync("prof.durand");
        var otherStudent = await app.UserIdAsync("eleve14");
        var before = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == "eleve14").PasswordHash));

        var reset = await client.PostFormAsync($"/classes/{other}/eleves/{otherStudent}/reinitialiser", new(), formPage: "/classes");
        var archive = await client.PostFormAsync($"/classes/{other}/archiver", new() { ["archiver"] = "true" }, formPage: "/classes");
        var add = await client.PostFormAsync($"/classes/{other}/eleves/ajouter", new() { ["LastName"] = "Intrus", ["FirstName"] = "Ivan" }, formPage: "/classes");

        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, archive.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        var after = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == "eleve14").PasswordHash));
        Assert.Equal(before, after);
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Classes.Single(c => c.Id == other).IsArchived)));
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Users.Any(u => u.LastName == "Intrus"))));
    }

    [Fact]
    public async Task Teacher_CannotResetAStudentOfAnotherClassThroughOwnClass()
    {
        var client = await app.AsAsync("prof.martin");
        var own = await app.ClassOfAsync("prof.martin");
        var otherStudent = await app.UserIdAsync("eleve15");

        var response = await client.PostFormAsync($"/classes/{own}/eleves/{otherStudent}/reinitialiser", new(), formPage: "/classes");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var client = await app.AsAsync("prof.durand");

        var response = await client.PostAsync("/classes/nouvelle", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Classe sans jeton",
            ["SchoolYear"] = "2026-2027",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Classes.Any(c => c.Name == "Classe sans jeton"))));
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/compte/connexion");

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task UnknownPage_FrenchNotFound()
    {
        var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/nulle-part");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.TextAsync());
    }
}
