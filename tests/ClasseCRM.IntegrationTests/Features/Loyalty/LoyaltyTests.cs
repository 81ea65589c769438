using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Loyalty;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Features.Loyalty;

/// <summary>Fidélisation through HTTP: segmentation, customers due, satisfaction calls, actions and figures, access.</summary>
public sealed class LoyaltyTests(LoyaltyTests.App app) : IClassFixture<LoyaltyTests.App>
{
    public sealed class App : TestApp
    {
        public App() => Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
    }

    /// <summary>Confirmed orders written straight into the workspace: (prospect index, order date, net HT, delivered on).</summary>
    private async Task<List<int>> OrdersAsync(string student, params (int Prospect, DateOnly Date, decimal Net, DateOnly? Delivered)[] orders)
    {
        var ws = await app.WorkspaceOfAsync(student);
        return await app.WithDbAsync(async db =>
        {
            var prospects = await db.Prospects.Where(p => p.WorkspaceId == ws && p.Kind == ProspectKind.Organisation).OrderBy(p => p.Id).Select(p => p.Id).Take(10).ToListAsync();
            var n = 0;
            foreach (var (index, date, net, delivered) in orders)
            {
                db.Orders.Add(new Order
                {
                    WorkspaceId = ws,
                    ProspectId = prospects[index],
                    OrderNumber = $"BC-2026-{++n:0000}",
                    Status = delivered is null ? OrderStatus.Confirmed : OrderStatus.Delivered,
                    OrderDate = date,
                    DeliveredOn = delivered,
                    NetExclVat = net,
                    TotalInclVat = net * 1.2m,
                    CreatedAtUtc = DateTime.UtcNow,
                });
                var p = await db.Prospects.SingleAsync(x => x.Id == prospects[index]);
                p.Status = ProspectStatus.Client;
                p.LastContactAtUtc = date.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            }
            await db.SaveChangesAsync();
            return prospects;
        });
    }

    [Fact]
    public async Task Segmentation_DueCustomers_AndSatisfactionCallsAfterDelivery()
    {
        var client = await app.AsAsync("eleve13");
        var p = await OrdersAsync("eleve13",
            (0, new DateOnly(2026, 11, 10), 8000m, new DateOnly(2026, 11, 14)),   // A, delivered 10 days ago: satisfaction call due
            (1, new DateOnly(2026, 7, 1), 1500m, null),                           // B, last contact July: due (60 days)
            (2, new DateOnly(2026, 11, 20), 500m, null));                         // C, contacted 4 days ago: not due

        var page = await client.GetDocumentAsync("/fidelisation");

        var rows = page.QuerySelectorAll("#clients-abc tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("A", rows[0][5]);
        Assert.StartsWith("B", rows[1][5]);
        Assert.StartsWith("C", rows[2][5]);
        Assert.Equal("80,0\u202F%", rows[0][3]);   // 8 000 ÷ 10 000
        Assert.Contains("à contacter", rows[1][8]);
        Assert.DoesNotContain("à contacter", rows[2][8]);
        Assert.Contains("livrée le 14/11/2026", page.QuerySelector("#appels-satisfaction")!.TextContent);

        (await client.PostFormAsync("/fidelisation/actions", new() { ["ProspectId"] = p[0].ToString(), ["Kind"] = "SatisfactionCall", ["PlannedOn"] = "2026-11-24" }, "/fidelisation"))
            .AssertRedirectsTo("/fidelisation");
        var actionId = await app.WithDbAsync(db => db.LoyaltyActions.Where(a => a.ProspectId == p[0]).Select(a => a.Id).SingleAsync());
        var missing = await client.PostFormAsync($"/fidelisation/actions/{actionId}", new() { ["DoneOn"] = "2026-11-24", ["Satisfaction"] = "4", ["Comment"] = "Très content" }, "/fidelisation");
        var again = await missing.ReadDocumentAsync();
        Assert.Contains("Notez le résultat de l'action.", again.Text());
        Assert.Equal("Très content", again.QuerySelector($"#comment-{actionId}")!.GetAttribute("value"));

        (await client.PostFormAsync($"/fidelisation/actions/{actionId}", new() { ["DoneOn"] = "2026-11-24", ["Result"] = "Livraison conforme", ["Satisfaction"] = "4", ["Comment"] = "Très content" }, "/fidelisation"))
            .AssertRedirectsTo("/fidelisation");

        var after = await client.GetDocumentAsync("/fidelisation?du=2026-11-01&au=2026-11-30");
        Assert.Null(after.QuerySelector("#appels-satisfaction"));
        var figures = after.QuerySelectorAll("#indicateurs-fidelisation tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[3].TextContent);
        Assert.Equal("100,0\u202F%", figures["Taux de satisfaction"]);
        Assert.Equal("2", figures["Clients actifs"]);
        Assert.Equal("8\u00A0500,00\u00A0€", figures["CA HT"]);
        Assert.Equal(new DateTime(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc), await app.WithDbAsync(db => db.Prospects.Where(x => x.Id == p[0]).Select(x => x.LastContactAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task SecondOrder_MakesALoyalClient()
    {
        var client = await app.AsAsync("eleve15");
        var ws = await app.WorkspaceOfAsync("eleve15");
        var (prospect, product) = await app.WithDbAsync(async db => (
            await db.Prospects.Where(p => p.WorkspaceId == ws && p.Kind == ProspectKind.Organisation && p.Status == ProspectStatus.Prospect).Select(p => p.Id).FirstAsync(),
            await db.ScenarioProducts.Where(x => x.Reference == "BOI-JUS" && db.Scenarios.Any(s => s.Id == x.ScenarioId && s.OwnerId == null)).Select(x => x.Id).FirstAsync()));
        foreach (var _ in new[] { 1, 2 })
        {
            var created = await client.PostFormAsync("/commandes/nouveau", new() { ["ProspectId"] = $"{prospect}", ["IsOrder"] = "true", ["PaymentTermDays"] = "30", ["Lines[0].ProductId"] = $"{product}", ["Lines[0].Quantity"] = "3" }, "/commandes/nouveau?type=commande");
            var id = created.Headers.Location!.OriginalString.Split('/').Last();
            (await client.PostFormAsync($"/commandes/{id}/etape", new() { ["To"] = "Confirmed", ["On"] = "2026-11-24" }, $"/commandes/{id}")).AssertRedirectsTo($"/commandes/{id}");
        }

        Assert.Equal(ProspectStatus.LoyalClient, await app.WithDbAsync(db => db.Prospects.Where(p => p.Id == prospect).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Access_OtherStudent404_TeacherReadsOnly_OtherTeacher404()
    {
        var owner = await app.AsAsync("eleve17");
        var p = await OrdersAsync("eleve17", (0, new DateOnly(2026, 11, 2), 900m, null));
        (await owner.PostFormAsync("/fidelisation/actions", new() { ["ProspectId"] = p[0].ToString(), ["Kind"] = "Visit", ["PlannedOn"] = "2026-12-01" }, "/fidelisation")).AssertRedirectsTo("/fidelisation");
        var actionId = await app.WithDbAsync(db => db.LoyaltyActions.Where(a => a.ProspectId == p[0]).Select(a => a.Id).SingleAsync());
        var ws = await app.WorkspaceOfAsync("eleve17");
        Assert.Equal(new DateTime(2026, 12, 1, 8, 0, 0), await app.WithDbAsync(db => db.Reminders.Where(r => r.SourceKey == $"loyalty:{actionId}").Select(r => r.DueAtUtc).SingleAsync()));
        var intruder = await app.AsAsync("eleve21");

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/fidelisation/actions/{actionId}", new() { ["DoneOn"] = "2026-11-24", ["Result"] = "Piraté" }, "/fidelisation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await intruder.PostFormAsync("/fidelisation/actions", new() { ["ProspectId"] = p[0].ToString(), ["Kind"] = "Visit", ["PlannedOn"] = "2026-12-01" }, "/fidelisation")).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.LoyaltyActions.CountAsync(a => a.ProspectId == p[0])));
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/fidelisation?espace={ws}")).StatusCode);
        var teacher = await app.AsAsync("prof.durand");
        var read = await teacher.GetDocumentAsync($"/fidelisation?espace={ws}");
        Assert.Single(read.QuerySelectorAll("#clients-abc tbody tr"));
        Assert.Null(read.QuerySelector("form[action='/fidelisation/actions']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostFormAsync($"/fidelisation/actions/{actionId}", new() { ["DoneOn"] = "2026-11-24", ["Result"] = "x" }, "/classes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.martin")).GetAsync($"/fidelisation?espace={ws}")).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.LoyaltyActions.Where(a => a.Id == actionId).Select(a => a.DoneOn).SingleAsync()));
    }

    [Fact]
    public async Task DemoSchool_Eleve1_HasOrdersToFollowAndCustomersToKeep()
    {
        var client = await app.AsAsync("eleve1");

        var list = await client.GetDocumentAsync("/commandes");
        var statuses = list.QuerySelectorAll("#liste-commandes tbody tr").Select(r => r.Children[3].TextContent).ToList();
        Assert.Contains(statuses, s => s.StartsWith("Facturée", StringComparison.Ordinal));
        Assert.Contains(statuses, s => s.StartsWith("Payée", StringComparison.Ordinal));
        Assert.Contains(statuses, s => s.StartsWith("Devis envoyé", StringComparison.Ordinal));
        Assert.Contains(statuses, s => s.Contains("accord demandé"));
        var loyaltyPage = await client.GetDocumentAsync("/fidelisation");
        Assert.True(loyaltyPage.QuerySelectorAll("#clients-abc tbody tr").Length >= 3);
        Assert.NotNull(loyaltyPage.QuerySelector("#appels-satisfaction"));
        Assert.Contains("Relance de réapprovisionnement", loyaltyPage.QuerySelector("#actions-prevues")!.TextContent);
        var ws = await app.WorkspaceOfAsync("eleve1");
        Assert.Contains("accord demandé", (await (await app.AsAsync("prof.martin")).GetDocumentAsync($"/commandes?espace={ws}&accord=true")).Text());
    }
}
