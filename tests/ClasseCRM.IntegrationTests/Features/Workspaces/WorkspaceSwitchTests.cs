using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Workspaces;

/// <summary>A student who works in two workspaces (two scenarios handed out) switches between them.</summary>
public sealed class WorkspaceSwitchTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Student_WithTwoWorkspaces_ChoosesTheOneTheyWorkIn()
    {
        var teacher = await app.AsAsync("prof.martin");
        var classId = await app.ClassOfAsync("prof.martin");
        var second = await app.ShippedScenarioAsync("habitat-confort");
        await teacher.PostFormAsync($"/classes/{classId}/distribuer", new() { ["ScenarioId"] = second.ToString() });
        var workspaces = await app.WithDbAsync(db => db.WorkspaceMembers.Where(m => m.Student!.UserName == "eleve11")
            .OrderBy(m => m.WorkspaceId).Select(m => m.WorkspaceId).ToListAsync());
        Assert.Equal(2, workspaces.Count);
        var student = await app.AsAsync("eleve11");

        var header = await student.GetDocumentAsync("/");
        var options = header.QuerySelectorAll("select#espace option").Select(o => o.TextContent).ToList();
        Assert.Equal(2, options.Count);
        Assert.Contains("Habitat Confort Sud", header.QuerySelector("main")!.TextContent);

        var chosen = await student.PostFormAsync("/espaces/choisir", new() { ["espace"] = workspaces[0].ToString() }, formPage: "/");
        chosen.AssertRedirectsTo("/");
        Assert.Contains("Bureau Ouest Équipement", (await student.GetDocumentAsync("/")).QuerySelector("main")!.TextContent);

        // A forged choice (another student's workspace in the cookie) falls back to the student's own workspace.
        var other = await app.WorkspaceOfAsync("eleve12");
        var userId = await app.UserIdAsync("eleve11");
        var scope = await app.WithDbAsync(db => AccessScopeLoader.LoadAsync(db, userId, Roles.Student, null, other, CancellationToken.None));
        Assert.Contains(scope.CurrentWorkspaceId!.Value, workspaces);
        Assert.DoesNotContain(other, scope.WorkspaceIds);
    }

    [Fact]
    public async Task ErrorPage_IsFrenchAndShowsNoExceptionText()
    {
        var response = await app.CreateBrowserlessClient().GetAsync("/erreur");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.TextAsync();
        Assert.Contains("Une erreur est survenue", text);
        Assert.DoesNotContain("Exception", text);
    }
}
