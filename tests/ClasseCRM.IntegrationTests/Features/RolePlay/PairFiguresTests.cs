using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Figures;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.RolePlay;

/// <summary>
/// A call played in pair (mode « jeu de rôle ») counts as played: in the results' share of modes, in the class
/// dashboard's declared-versus-played figures (calls and RDV), and in the document's XLSX export (issue 19, item 5).
/// </summary>
public sealed class PairFiguresTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Caller = "eleve21";
    private const string Partner = "eleve22";

    [Fact]
    public async Task PairCall_WithRdv_CountsAsPlayed_InResults_Dashboard_AndTheDocumentsSpreadsheet()
    {
        var workspace = await app.WorkspaceOfAsync(Caller);
        var classId = await app.WithDbAsync(db => db.Workspaces.Where(w => w.Id == workspace).Select(w => w.ClassId).FirstAsync());
        var teacher = await app.AsAsync("prof.durand");
        string[] Row(AngleSharp.Dom.IDocument page) => page.QuerySelector($"#declares-joues tr[data-espace='{workspace}']")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        var before = Row(await teacher.GetDocumentAsync($"/classes/{classId}/tableau-de-bord"));

        var caller = await app.AsAsync(Caller);
        var partner = await app.AsAsync(Partner);
        var op = await caller.PlanPhoningAsync("Phoning joué en binôme, chiffres");
        var id = await PairSessionTests.InviteAsync(app, caller, op, Partner);
        (await partner.PostFormAsync($"/jeu-de-role/binomes/{id}/rejoindre", [], $"/jeu-de-role/binomes/{id}")).AssertRedirectsTo($"/jeu-de-role/binomes/{id}");
        (await partner.PostFormAsync($"/jeu-de-role/binomes/{id}/resultat", new() { ["Reached"] = "DecisionMaker", ["Outcome"] = "AppointmentMade", ["FollowUpAt"] = "2026-11-27T14:00" }, $"/jeu-de-role/binomes/{id}"))
            .AssertRedirectsTo($"/jeu-de-role/binomes/{id}");

        var results = await caller.GetDocumentAsync($"/operations/{op}/resultats");
        var modes = results.QuerySelectorAll("#modes tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Appels joués en jeu de rôle", "1"], [modes[1][0], modes[1][2]]);
        Assert.Equal("0", modes[0][2]);

        var after = Row(await teacher.GetDocumentAsync($"/classes/{classId}/tableau-de-bord"));
        // Declared calls and RDV unchanged; played calls and played RDV one more each.
        Assert.Equal([before[1], before[2]], [after[1], after[2]]);
        Assert.Equal([int.Parse(before[3]) + 1, int.Parse(before[4]) + 1], [int.Parse(after[3]), int.Parse(after[4])]);

        var synthesis = await caller.PostFormAsync("/syntheses/nouvelle", new() { ["Title"] = "Compte rendu du phoning joué", ["From"] = "2026-11-01", ["To"] = "2026-11-30", ["OperationIds"] = $"{op}" });
        synthesis.AssertRedirectsTo("/syntheses/");
        var synthesisId = synthesis.Headers.Location!.OriginalString.Split('/').Last();
        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await caller.GetByteArrayAsync($"/syntheses/{synthesisId}/xlsx")), false);
        var cells = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
        var played = cells.IndexOf("Appels joués en jeu de rôle");
        Assert.True(played > 0, "La part des appels joués en jeu de rôle manque dans l'export XLSX.");
        Assert.Equal("1", cells[played + 1]);   // the share: 100 % of the calls made, stored as 1
        Assert.Equal("appels joués en jeu de rôle ÷ appels émis", cells[played + 2]);
        Assert.Equal(["1", "1"], [cells[played + 3], cells[played + 4]]);
        Assert.Equal(CallMode.RolePlay, await app.WithDbAsync(db => db.CallLogs.Where(c => c.OperationId == op).Select(c => c.Mode).SingleAsync()));
    }

    [Fact]
    public async Task Demo_Eleve1_PlayedOneCallInPairWithEleve2_WithItsDebrief()
    {
        var client = await app.AsAsync("eleve1");
        var list = (await client.GetDocumentAsync("/jeu-de-role/binomes")).QuerySelector("#binomes")!;
        var row = Assert.Single(list.QuerySelectorAll("tbody tr"));
        Assert.Contains("écrit", row.TextContent, StringComparison.Ordinal);
        var href = row.QuerySelector("a")!.GetAttribute("href")!;

        var page = await client.GetDocumentAsync(href);
        Assert.Equal(5, page.QuerySelectorAll("#etapes li[data-done=oui]").Length);
        Assert.Equal(5, page.QuerySelectorAll("#debrief-lu tbody tr").Length);
        Assert.NotNull(page.QuerySelector("#desaccord"));
        Assert.NotNull(page.QuerySelector("#carte-role"));
        var workspace = await app.WorkspaceOfAsync("eleve1");
        // The card's buying signals, one a line in the card, one an item on the page (not run together).
        var signals = await app.WithDbAsync(db => db.RoleCards.Where(c => c.WorkspaceId == workspace)
            .Join(db.PairSessions, c => c.ProspectId, s => s.ProspectId, (c, _) => c.BuyingSignals).FirstAsync());
        Assert.Equal(
            signals.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            page.QuerySelectorAll("#signaux-achat li").Select(li => li.TextContent.Trim()));
        var call = await app.WithDbAsync(db => db.CallLogs.SingleAsync(c => c.WorkspaceId == workspace && c.Mode == CallMode.RolePlay));
        Assert.Equal(CallOutcome.PitchedCallBack, call.Outcome);

        // eleve2 played the prospect: the session is theirs to read, the card is closed; the class's teacher reads it.
        var partner = await (await app.AsAsync("eleve2")).GetDocumentAsync(href);
        Assert.NotNull(partner.QuerySelector("#debrief-form"));
        Assert.Null(partner.QuerySelector("#carte-role"));
        Assert.NotNull((await (await app.AsAsync("prof.martin")).GetDocumentAsync(href)).QuerySelector("#debrief-lu"));
    }
}
