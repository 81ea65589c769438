using System.Net;
using System.Text.RegularExpressions;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

/// <summary>
/// The NAF filter of the list and the NAF criterion of an operation's target take a sous-classe (69.20Z, typed 6920Z
/// or 69.20z as well) besides a section letter; anything else gets a French message, never a 500.
/// </summary>
public sealed partial class NafSubClassFilterTests(TestApp app) : IClassFixture<TestApp>
{
    [GeneratedRegex(@"(\d+) fiches?\b")]
    private static partial Regex FicheCount();

    private static List<int> Ids(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/').Last())).Order().ToList();

    [Theory]
    [InlineData("69.20Z")]
    [InlineData("6920Z")]
    [InlineData("69.20z")]
    public async Task List_SubClass_ExactlyItsFiches_WithItsLabel(string typed)
    {
        var client = await app.AsAsync("eleve7");
        var ws = await app.WorkspaceOfAsync("eleve7");
        var expected = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.NafCode == "69.20Z").Select(p => p.Id).Order().ToListAsync());

        var page = await client.GetDocumentAsync($"/prospects?section={Uri.EscapeDataString(typed)}");

        Assert.InRange(expected.Count, 1, 25);
        Assert.Equal(expected, Ids(page));
        Assert.Equal(expected.Count, int.Parse(FicheCount().Match(page.Text()).Groups[1].Value));
        Assert.Contains("69.20Z — Activités comptables", page.Text());
        Assert.Equal(typed, page.QuerySelector("input[name=section]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("69.2Z", "« 69.2Z » n'est ni une section NAF (une lettre de A à U) ni un code NAF (par exemple 69.20Z).")]
    [InlineData("99.99Z", "Le code NAF 99.99Z n'existe pas dans la nomenclature NAF rév. 2")]
    public async Task List_BadCode_FrenchMessage_TypedValueKept(string typed, string message)
    {
        var client = await app.AsAsync("eleve7");

        var response = await client.GetAsync($"/prospects?section={Uri.EscapeDataString(typed)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains(message, page.Text());
        Assert.Equal(typed, page.QuerySelector("input[name=section]")!.GetAttribute("value"));
        // Malformed or unknown, the criterion selects nothing: the student never reads the whole file as the target.
        Assert.Empty(Ids(page));
    }

    [Fact]
    public async Task SubClassEquality_IsServedByItsIndex()
    {
        var ws = await app.WorkspaceOfAsync("eleve7");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var code = "69.20Z";
        var plan = await QueryPlan.OfAsync(db, db.Prospects.Where(p => p.WorkspaceId == ws && p.NafCode == code).Select(p => p.Id));

        // Both columns are read in the index, on either provider.
        Assert.Contains(QueryPlan.OnPostgreSql
            ? "IX_Prospects_WorkspaceId_NafCode\""
            : "INDEX IX_Prospects_WorkspaceId_NafCode (WorkspaceId=? AND NafCode=?)", plan, StringComparison.Ordinal);
        if (QueryPlan.OnPostgreSql)
        {
            Assert.Matches(@"Index Cond: .*""WorkspaceId"" = .* AND .*""NafCode""", plan);
        }
    }

    private static Dictionary<string, string> Plan(string name, string naf) => new()
    {
        ["Name"] = name,
        ["Channel"] = "Mail",
        ["StartDate"] = "2026-12-01",
        ["EndDate"] = "2026-12-11",
        ["ObjectiveContacts"] = "5",
        ["ObjectiveAppointments"] = "1",
        ["ObjectiveOrders"] = "1",
        ["ObjectiveRevenue"] = "1000",
        ["TargetSection"] = naf,
    };

    [Fact]
    public async Task OperationTarget_SubClass_ExactlyItsFiches_CriterionKept()
    {
        var client = await app.AsAsync("eleve8");
        var ws = await app.WorkspaceOfAsync("eleve8");

        var response = await client.PostFormAsync("/operations/nouvelle", Plan("Courrier aux experts-comptables", "6920z"));

        response.AssertRedirectsTo("/operations/");
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var op = await app.WithDbAsync(db => db.Operations.Include(o => o.Targets).SingleAsync(o => o.Id == id));
        var expected = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.NafCode == "69.20Z").Select(p => p.Id).Order().ToListAsync());
        Assert.NotEmpty(expected);
        Assert.Equal(expected, op.Targets.Select(t => t.ProspectId).Order().ToList());
        Assert.Equal("code NAF : 69.20Z", op.TargetCriteria);
    }

    [Fact]
    public async Task OperationTarget_BadCode_FrenchMessage_TypedValueKept_NothingCreated()
    {
        var client = await app.AsAsync("eleve9");
        var ws = await app.WorkspaceOfAsync("eleve9");
        var before = await app.WithDbAsync(db => db.Operations.CountAsync(o => o.WorkspaceId == ws));

        var response = await client.PostFormAsync("/operations/nouvelle", Plan("Cible mal saisie", "69-2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("« 69-2 » n'est ni une section NAF (une lettre de A à U) ni un code NAF (par exemple 69.20Z).", page.Text());
        Assert.Equal("69-2", page.QuerySelector("input[name=TargetSection]")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Operations.CountAsync(o => o.WorkspaceId == ws)));
    }
}
