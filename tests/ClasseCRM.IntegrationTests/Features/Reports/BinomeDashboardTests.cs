using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Reports;

/// <summary>
/// The class dashboard inside a binôme (issue 16): one line per member with their own figures, read from the author of
/// each action, and « non attribué » for actions made before authorship was recorded; the lines add up to the
/// workspace's row, which keeps the whole workspace's figures. Only the class's teacher sees it.
/// </summary>
public sealed class BinomeDashboardTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Columns of the dashboard: Appels, Envois, Visites, RDV, Commandes, CA HT, Marge (0 is the name).</summary>
    private static decimal Cell(IElement row, int column) =>
        decimal.Parse(row.Children[column].TextContent.Replace("\u00A0", "").Replace("\u202F", "").Replace("€", "").Trim(), NumberStyles.Number, Fr);

    private static async Task<int> PhoningAsync(HttpClient client)
    {
        var response = await client.PostFormAsync("/operations/nouvelle", new()
        {
            ["Name"] = "Phoning du binôme",
            ["Channel"] = "Phone",
            ["StartDate"] = "2026-11-24",
            ["EndDate"] = "2026-12-18",
            ["ObjectiveContacts"] = "4",
            ["ObjectiveAppointments"] = "2",
            ["ObjectiveOrders"] = "1",
            ["ObjectiveRevenue"] = "0",
        });
        response.AssertRedirectsTo("/operations/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// In a binôme of prof.durand's class: the first member calls twice (a refusal, a RDV), the second once (argumenté)
    /// and takes a confirmed order; one older call has no author. Returns the workspace and the members' names.
    /// </summary>
    private async Task<(int Workspace, string First, string Second)> BuildAsync()
    {
        var b = await app.WithDbAsync(db => db.Workspaces.Where(w => w.Members.Count == 2).OrderBy(w => w.Id)
            .Select(w => new { w.Id, Members = w.Members.OrderBy(m => m.Id).Select(m => new { m.Student!.UserName, Name = m.Student.FirstName + " " + m.Student.LastName }).ToList() })
            .FirstAsync());
        var first = await app.AsAsync(b.Members[0].UserName!);
        var second = await app.AsAsync(b.Members[1].UserName!);
        var op = await PhoningAsync(first);
        var targets = await app.WithDbAsync(db => db.OperationTargets.Where(t => t.OperationId == op && !t.Excluded && t.Prospect!.Kind == ProspectKind.Organisation && !t.Prospect.PhoneOpposition)
            .OrderBy(t => t.Position).Select(t => t.ProspectId).Take(4).ToListAsync());
        async Task CallAsync(HttpClient client, int prospect, string outcome, string? at = null)
        {
            var fields = new Dictionary<string, string> { ["ProspectId"] = $"{prospect}", ["Outcome"] = outcome };
            if (at is not null)
            {
                fields["FollowUpAt"] = at;
            }
            (await client.PostFormAsync($"/operations/{op}/phoning", fields)).AssertRedirectsTo($"/operations/{op}/phoning");
        }
        await CallAsync(first, targets[0], "RefusedBeforePitch");
        await CallAsync(first, targets[1], "AppointmentMade", "2026-11-30T10:00");
        await CallAsync(second, targets[2], "PitchedNoFollowUp");
        await app.WithDbAsync(async db =>
        {
            db.CallLogs.Add(new CallLog { WorkspaceId = b.Id, OperationId = op, ProspectId = targets[3], Outcome = CallOutcome.NoAnswer, CalledAtUtc = new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc) });
            return await db.SaveChangesAsync();
        });

        var product = await app.WithDbAsync(db => db.ScenarioProducts.Where(p => p.Reference == "FRO-STM" && db.Scenarios.Any(s => s.Id == p.ScenarioId && s.OwnerId == null)).Select(p => p.Id).FirstAsync());
        var created = await second.PostFormAsync("/commandes/nouveau", new()
        {
            ["IsOrder"] = "true",
            ["ProspectId"] = $"{targets[1]}",
            ["PaymentTermDays"] = "30",
            ["Lines[0].ProductId"] = $"{product}",
            ["Lines[0].Quantity"] = "10",
        }, "/commandes/nouveau?type=commande");
        created.AssertRedirectsTo("/commandes/");
        var order = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        (await second.PostFormAsync($"/commandes/{order}/etape", new() { ["To"] = "Confirmed", ["On"] = "2026-11-24" }, $"/commandes/{order}")).AssertRedirectsTo($"/commandes/{order}");
        return (b.Id, b.Members[0].Name, b.Members[1].Name);
    }

    [Fact]
    public async Task ClassDashboard_Binome_EachMembersFigures_AddUpToTheWorkspaceRow()
    {
        var (ws, first, second) = await BuildAsync();
        var classId = await app.ClassOfAsync("prof.durand");

        var page = await (await app.AsAsync("prof.durand")).GetDocumentAsync($"/classes/{classId}/tableau-de-bord");
        var row = page.QuerySelector($"#tableau-classe tr[data-espace='{ws}']")!;
        var lines = page.QuerySelectorAll($"#tableau-classe tr[data-membre-de='{ws}']").ToList();
        Assert.Equal(3, lines.Count);
        var one = lines.Single(l => l.Children[0].TextContent == $"dont {first}");
        var two = lines.Single(l => l.Children[0].TextContent == $"dont {second}");
        var none = lines.Single(l => l.Children[0].TextContent == "non attribué");

        var (revenue, margin, calls) = await app.WithDbAsync(async db => (
            await db.Orders.ConfirmedSales().Where(o => o.WorkspaceId == ws).SumAsync(o => o.NetExclVat),
            await db.Orders.ConfirmedSales().Where(o => o.WorkspaceId == ws).SumAsync(o => o.Margin),
            await db.CallLogs.CountAsync(c => c.WorkspaceId == ws)));
        Assert.True(revenue > 0);
        Assert.Equal(4, calls);
        Assert.Equal([4m, 0m, 0m, 1m, 1m, revenue, margin], Enumerable.Range(1, 7).Select(c => Cell(row, c)));   // the workspace's figures, as before
        Assert.Equal([2m, 0m, 0m, 1m, 0m, 0m, 0m], Enumerable.Range(1, 7).Select(c => Cell(one, c)));
        Assert.Equal([1m, 0m, 0m, 0m, 1m, revenue, margin], Enumerable.Range(1, 7).Select(c => Cell(two, c)));
        Assert.Equal([1m, 0m, 0m, 0m, 0m, 0m, 0m], Enumerable.Range(1, 7).Select(c => Cell(none, c)));
        foreach (var column in Enumerable.Range(1, 7))
        {
            Assert.Equal(Cell(row, column), lines.Sum(l => Cell(l, column)));
        }
    }

    [Fact]
    public async Task ClassDashboard_StudentAlone_NoMemberLines_BinomeWithoutAuthorlessActions_NoUnattributedLine()
    {
        var martin = await app.AsAsync("prof.martin");
        var solo = await martin.GetDocumentAsync($"/classes/{await app.ClassOfAsync("prof.martin")}/tableau-de-bord");
        Assert.NotEmpty(solo.QuerySelectorAll("#tableau-classe tr[data-espace]"));
        Assert.Empty(solo.QuerySelectorAll("#tableau-classe tr.binome-membre"));

        var untouched = await app.WithDbAsync(db => db.Workspaces.Where(w => w.Members.Count == 2).OrderByDescending(w => w.Id).Select(w => w.Id).FirstAsync());
        var page = await (await app.AsAsync("prof.durand")).GetDocumentAsync($"/classes/{await app.ClassOfAsync("prof.durand")}/tableau-de-bord");
        var lines = page.QuerySelectorAll($"#tableau-classe tr[data-membre-de='{untouched}']").ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("dont ", l.Children[0].TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClassDashboard_DemoBinome_ShowsEachMembersCalls()
    {
        var ws = await app.WorkspaceOfAsync("eleve23");
        var page = await (await app.AsAsync("prof.durand")).GetDocumentAsync($"/classes/{await app.ClassOfAsync("prof.durand")}/tableau-de-bord");
        var row = page.QuerySelector($"#tableau-classe tr[data-espace='{ws}']")!;
        var lines = page.QuerySelectorAll($"#tableau-classe tr[data-membre-de='{ws}']").ToList();
        Assert.Equal(2, lines.Count);                                           // both members, every demo call signed
        Assert.All(lines, l => Assert.Equal(3m, Cell(l, 1)));
        Assert.Equal(6m, Cell(row, 1));
    }

    [Fact]
    public async Task ClassDashboard_AnotherTeacher_NotFound_AStudent_Forbidden()
    {
        var classId = await app.ClassOfAsync("prof.durand");
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.martin")).GetAsync($"/classes/{classId}/tableau-de-bord")).StatusCode);
        var member = await app.WithDbAsync(db => db.WorkspaceMembers.Where(m => m.Workspace!.ClassId == classId).Select(m => m.Student!.UserName!).FirstAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.AsAsync(member)).GetAsync($"/classes/{classId}/tableau-de-bord")).StatusCode);
    }
}
