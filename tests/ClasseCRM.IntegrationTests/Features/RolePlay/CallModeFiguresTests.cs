using System.Globalization;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Figures;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.RolePlay;

/// <summary>
/// Every call counts in the funnel whatever its mode; the results page shows the share of each mode, and the class
/// dashboard shows declared versus played figures per workspace (issue 19, item 5).
/// </summary>
public sealed class CallModeFiguresTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    [Fact]
    public async Task Results_CountDeclaredAndSimulatedCalls_AndShowTheShareOfEach()
    {
        const string pupil = "eleve18";
        var workspace = await app.WorkspaceOfAsync(pupil);
        var classId = await app.WithDbAsync(db => db.Workspaces.Where(w => w.Id == workspace).Select(w => w.ClassId).FirstAsync());
        var teacher = await app.AsAsync("prof.durand");
        (await teacher.PostFormAsync($"/jeu-de-role/classes/{classId}/profil", new()
        {
            ["WrongNumber"] = "0",
            ["NoAnswer"] = "0",
            ["Gatekeeper"] = "100",
            ["DecisionMakerAbsent"] = "0",
            ["DecisionMakerReached"] = "0",
        })).AssertRedirectsTo($"/jeu-de-role/classes/{classId}/profil");
        var before = await app.WithDbAsync(db => db.CallLogs.Where(c => c.WorkspaceId == workspace).GroupBy(c => c.Mode != CallMode.Declared).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        var declaredBefore = before.Where(b => !b.Key).Sum(b => b.Count);
        var playedBefore = before.Where(b => b.Key).Sum(b => b.Count);

        var client = await app.AsAsync(pupil);
        var op = await client.PlanPhoningAsync("Phoning mixte");
        var phoning = await client.GetDocumentAsync($"/operations/{op}/phoning");
        var first = phoning.QuerySelector("#simulateur input[name=prospect]")!.GetAttribute("value")!;
        (await client.PostFormAsync($"/jeu-de-role/operations/{op}/simulateur", new() { ["prospect"] = first }, $"/operations/{op}/phoning")).AssertRedirectsTo("/jeu-de-role/echanges/");
        var second = (await client.GetDocumentAsync($"/operations/{op}/phoning")).QuerySelector("#appel input[name=ProspectId]")!.GetAttribute("value")!;
        Assert.NotEqual(first, second);
        (await client.PostFormAsync($"/operations/{op}/phoning", new() { ["ProspectId"] = second, ["Outcome"] = "NoAnswer" })).AssertRedirectsTo($"/operations/{op}/phoning");
        (await client.PostFormAsync($"/operations/{op}/phoning", new() { ["ProspectId"] = (await client.GetDocumentAsync($"/operations/{op}/phoning")).QuerySelector("#appel input[name=ProspectId]")!.GetAttribute("value")!, ["Outcome"] = "WrongNumber" }))
            .AssertRedirectsTo($"/operations/{op}/phoning");

        var results = await client.GetDocumentAsync($"/operations/{op}/resultats");
        var funnel = results.QuerySelectorAll("#entonnoir tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.StartsWith("Appels émis", funnel[0], StringComparison.Ordinal);
        Assert.EndsWith("3", funnel[0], StringComparison.Ordinal);
        var modes = results.QuerySelectorAll("#modes tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Appels déclarés", "appels déclarés ÷ appels émis", "2", "66,7\u202F%"], modes[0]);
        Assert.Equal(["Appels joués en jeu de rôle", "appels joués en jeu de rôle ÷ appels émis", "0", "0,0\u202F%"], modes[1]);
        Assert.Equal(["Appels joués au simulateur", "appels joués au simulateur ÷ appels émis", "1", "33,3\u202F%"], modes[2]);
        var barrage = await app.WithDbAsync(db => db.CallLogs.SingleAsync(c => c.OperationId == op && c.Mode == CallMode.Simulator));
        Assert.Equal(CallOutcome.Gatekeeper, barrage.Outcome);

        var dashboard = await teacher.GetDocumentAsync($"/classes/{classId}/tableau-de-bord");
        var row = dashboard.QuerySelector($"#declares-joues tr[data-espace='{workspace}']")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        var declared = declaredBefore + 2;
        var played = playedBefore + 1;
        var share = Math.Round(played * 100m / (declared + played), 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.GetCultureInfo("fr-FR")) + "\u202F%";
        Assert.Equal([$"{declared}", $"{played}", share], [row[1], row[3], row[5]]);
    }

    [Fact]
    public async Task Demo_Eleve1_PlayedOneCallWithTheSimulator_UpToARdv()
    {
        var client = await app.AsAsync("eleve1");
        var page = await client.GetDocumentAsync("/jeu-de-role");
        var row = Assert.Single(page.QuerySelectorAll("#echanges tbody tr"));
        Assert.Contains("RDV obtenu", row.TextContent, StringComparison.Ordinal);
        var exchange = await client.GetDocumentAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        var lines = exchange.QuerySelectorAll("#echange li").Select(li => li.TextContent).ToList();
        Assert.Contains(lines, l => l.StartsWith("Vous (", StringComparison.Ordinal));
        Assert.EndsWith("RDV obtenu.", lines[^1], StringComparison.Ordinal);
        Assert.Contains("RDV obtenu", exchange.QuerySelector("#resultat")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(exchange.QuerySelector("#carte-revelee"));

        var workspace = await app.WorkspaceOfAsync("eleve1");
        var call = await app.WithDbAsync(db => db.CallLogs.SingleAsync(c => c.WorkspaceId == workspace && c.Mode == CallMode.Simulator));
        Assert.Equal(CallOutcome.AppointmentMade, call.Outcome);
        var operation = await client.GetDocumentAsync($"/operations/{call.OperationId}/resultats");
        Assert.Equal("1", operation.QuerySelectorAll("#modes tbody tr")[2].QuerySelectorAll("td")[2].TextContent.Trim());
    }
}
