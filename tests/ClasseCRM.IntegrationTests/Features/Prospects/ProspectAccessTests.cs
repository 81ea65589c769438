using System.Net;
using System.Text;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

/// <summary>Every way into another workspace's prospect file is closed: list, open, edit, import, export; teachers read their classes only.</summary>
public sealed class ProspectAccessTests(TestApp app) : IClassFixture<TestApp>
{
    private Task<int> FirstProspectAsync(int workspace) =>
        app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == workspace).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

    [Fact]
    public async Task Student_CannotListOpenEditOrExportAnotherWorkspace()
    {
        var intruder = await app.AsAsync("eleve2");
        var victimWs = await app.WorkspaceOfAsync("eleve1");
        var victim = await FirstProspectAsync(victimWs);
        var before = await app.WithDbAsync(db => db.Prospects.SingleAsync(p => p.Id == victim));

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/prospects?espace={victimWs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/prospects/{victim}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/prospects/{victim}/modifier")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/prospects/{victim}/donnees")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/prospects/export?espace={victimWs}&format=csv")).StatusCode);
        var posts = new[]
        {
            await intruder.PostFormAsync($"/prospects/{victim}/modifier", new() { ["Name"] = "Piraté", ["PostalCode"] = "35000", ["City"] = "Rennes" }, formPage: "/prospects"),
            await intruder.PostFormAsync($"/prospects/{victim}/statut", new() { ["statut"] = "Lost", ["potentiel"] = "C" }, formPage: "/prospects"),
            await intruder.PostFormAsync($"/prospects/{victim}/notes", new() { ["texte"] = "intrus" }, formPage: "/prospects"),
            await intruder.PostFormAsync($"/prospects/{victim}/anonymiser", new(), formPage: "/prospects"),
            await intruder.PostFormAsync($"/prospects/{victim}/opposition", new() { ["email"] = "true" }, formPage: "/prospects"),
            await intruder.PostFormAsync($"/prospects/{victim}/contacts/nouveau", new() { ["LastName"] = "Intrus" }, formPage: "/prospects"),
        };
        Assert.All(posts, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));

        var after = await app.WithDbAsync(db => db.Prospects.SingleAsync(p => p.Id == victim));
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(before.Status, after.Status);
        Assert.False(after.IsAnonymised);
        Assert.False(after.EmailOpposition && !before.EmailOpposition);
        Assert.False(await app.WithDbAsync(db => db.ProspectNotes.AnyAsync(n => n.Text == "intrus")));
    }

    [Fact]
    public async Task Student_CannotSeeOrApplyAnotherStudentsImport()
    {
        var owner = await app.AsAsync("eleve3");
        var intruder = await app.AsAsync("eleve4");
        var upload = await owner.PostFileAsync("/prospects/import", "fichier", "a.csv", Encoding.UTF8.GetBytes("nom;code_postal;ville\nImport privé;35000;Rennes\n"));
        var id = upload.Headers.Location!.OriginalString.Split('/').Last();

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/prospects/import/{id}")).StatusCode);
        var apply = await intruder.PostFormAsync($"/prospects/import/{id}", new() { ["action"] = "importer" }, formPage: "/prospects/import");
        Assert.Equal(HttpStatusCode.NotFound, apply.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Prospects.AnyAsync(p => p.Name == "Import privé")));
    }

    [Fact]
    public async Task Teacher_ReadsTheirClassFiles_ReadOnly_NotOtherClasses()
    {
        var teacher = await app.AsAsync("prof.martin");
        var ownWs = await app.WorkspaceOfAsync("eleve5");
        var otherWs = await app.WorkspaceOfAsync("eleve14");
        var ownProspect = await FirstProspectAsync(ownWs);
        var otherProspect = await FirstProspectAsync(otherWs);

        var list = await teacher.GetDocumentAsync($"/prospects?espace={ownWs}");
        Assert.Contains("40 fiches", list.Text());
        Assert.Contains("Lecture seule.", list.Text());
        Assert.Null(list.QuerySelector("a[href='/prospects/nouveau']"));
        var details = await teacher.GetDocumentAsync($"/prospects/{ownProspect}");
        Assert.Null(details.QuerySelector($"a[href='/prospects/{ownProspect}/modifier']"));
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/prospects/export?espace={ownWs}&format=csv")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync($"/prospects/{ownProspect}/modifier")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostFormAsync($"/prospects/{ownProspect}/statut", new() { ["statut"] = "Lost", ["potentiel"] = "C" }, formPage: "/classes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/prospects/import")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/prospects?espace={otherWs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/prospects/{otherProspect}")).StatusCode);
    }

    [Fact]
    public async Task Teacher_ClassPage_ShowsEachWorkspacesCountsByStatusAndPotential()
    {
        var teacher = await app.AsAsync("prof.durand");
        var classId = await app.ClassOfAsync("prof.durand");
        var ws = await app.WorkspaceOfAsync("eleve13");

        var page = await teacher.GetDocumentAsync($"/classes/{classId}");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/prospects?espace={ws}']") is not null);
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        var suspects = await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && p.Status == ClasseCRM.Web.Domain.ProspectStatus.Suspect));
        var potentialA = await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && p.Potential == ClasseCRM.Web.Domain.Potential.A));
        Assert.Equal("40 fiches", cells[2]);
        Assert.Equal(suspects.ToString(), cells[3]);
        Assert.Equal(potentialA.ToString(), cells[8]);
    }
}
