using System.Text;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Prospects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

/// <summary>Text as typed: line breaks shown as typed (and still encoded), names in French order in lists, in SQL on the list's index.</summary>
public sealed class FrenchTextTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string[] FrenchOrder = ["Éclair", "Eclat", "Oeillet", "Œuvre", "zèbre", "Zoé"];

    private static List<string> Names(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Note_WithALineBreak_IsShownAsTyped_AndStaysEncoded()
    {
        var client = await app.AsAsync("eleve1");
        var ws = await app.WorkspaceOfAsync("eleve1");
        var id = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

        (await client.PostFormAsync($"/prospects/{id}/notes", new() { ["texte"] = "Rappeler lundi\n<b>pas avant 10 h</b>" }, formPage: $"/prospects/{id}"))
            .AssertRedirectsTo($"/prospects/{id}");

        var page = await client.GetDocumentAsync($"/prospects/{id}");
        var note = page.QuerySelectorAll(".text-typed").Single(e => e.TextContent.Contains("Rappeler lundi", StringComparison.Ordinal));
        Assert.Equal("Rappeler lundi\n<b>pas avant 10 h</b>", note.TextContent);
        Assert.Null(note.QuerySelector("b"));
        var css = await (await app.CreateClient().GetAsync("/css/site.css")).Content.ReadAsStringAsync();
        Assert.Contains(".text-typed { white-space: pre-line;", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProspectList_SortsNamesTheFrenchWay_ListAndSearch_BothDirections()
    {
        var client = await app.AsAsync("eleve2");
        var ws = await app.WorkspaceOfAsync("eleve2");
        await app.WithDbAsync(async db =>
        {
            var postalCode = 35200;
            foreach (var name in new[] { "Zoé", "Œuvre", "zèbre", "Eclat", "Oeillet", "Éclair" })
            {
                var p = new Prospect { WorkspaceId = ws, Kind = ProspectKind.Organisation, Name = name, PostalCode = $"{postalCode++}", City = "Triville", Department = "35" };
                p.RefreshSearchFields();
                db.Prospects.Add(p);
            }
            return await db.SaveChangesAsync();
        });

        Assert.Equal(FrenchOrder, Names(await client.GetDocumentAsync("/prospects?ville=Triville")));
        Assert.Equal(FrenchOrder.Reverse(), Names(await client.GetDocumentAsync("/prospects?ville=Triville&desc=true")));
        Assert.Equal(FrenchOrder, Names(await client.GetDocumentAsync("/prospects?q=triville")));
        // Another student's list is not this one's (the order is per workspace and stays inside it).
        Assert.DoesNotContain("Oeillet", Names(await (await app.AsAsync("eleve3")).GetDocumentAsync("/prospects?ville=Triville")));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await (await app.AsAsync("eleve3")).GetAsync($"/prospects?espace={ws}&ville=Triville")).StatusCode);
    }

    [Fact]
    public async Task ProspectList_InNameOrder_WalksTheFoldedNameIndex()
    {
        var ws = await app.WorkspaceOfAsync("eleve4");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<ProspectService>();

        var plan = await QueryPlan.OfAsync(db, service.Filter(ws, new ProspectQuery()).Select(p => p.Id).Take(25));
        var descending = await QueryPlan.OfAsync(db, service.Filter(ws, new ProspectQuery { Desc = true }).Select(p => p.Id).Take(25));

        // One of the indexes led by (WorkspaceId, NameKey) gives the order: the walk stops at the page, nothing is sorted whole.
        foreach (var p in new[] { plan, descending })
        {
            QueryPlan.AssertReadInOrderFrom(p, "IX_Prospects_WorkspaceId_NameKey");
        }
    }

    [Fact]
    public async Task ClassPage_ListsStudentsInFrenchOrder()
    {
        var teacher = await app.AsAsync("prof.durand");
        var created = await teacher.PostFormAsync("/classes/nouvelle", new() { ["Name"] = "Ordre alphabétique", ["SchoolYear"] = "2026-2027" });
        var classId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var csv = "nom;prénom\nZoé;Anne\nŒuvre;Marc\nzèbre;Luc\nEclat;Jean\nOeillet;Léa\nÉclair;Paul\n";
        await teacher.PostFileAsync($"/classes/{classId}/eleves/importer", "fichier", "liste.csv", Encoding.UTF8.GetBytes(csv));

        var page = await teacher.GetDocumentAsync($"/classes/{classId}");

        var students = page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent.Trim().Split(' ')[0]).ToList();
        Assert.Equal(FrenchOrder, students);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await (await app.AsAsync("prof.martin")).GetAsync($"/classes/{classId}")).StatusCode);
    }
}
