using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Features.Operations;

/// <summary>
/// Habitat Confort sells energy-renovation work to individuals: an operation by phone or e-mail excludes every
/// prospect with the reason naming the law (Code de la consommation L223-1; loi n° 2025-594 du 30 juin 2025), except one
/// with a contract in progress; a letter or a visit is not distance canvassing.
/// </summary>
public sealed class EnergyRenovationTargetTests(EnergyRenovationTargetTests.App app) : IClassFixture<EnergyRenovationTargetTests.App>
{
    /// <summary>A Tuesday at 10:30 in Paris, inside the hours individuals may be phoned.</summary>
    public sealed class App : TestApp
    {
        public App() => Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
    }

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (HttpClient Client, int WorkspaceId, int ContractProspectId)? _student;

    /// <summary>A class of prof.durand with one pupil, handed Habitat Confort; one of its individuals has an order in progress.</summary>
    private async Task<(HttpClient Client, int WorkspaceId, int ContractProspectId)> StudentAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_student is { } known)
            {
                return known;
            }
            var teacher = await app.AsAsync("prof.durand");
            var created = await teacher.PostFormAsync("/classes/nouvelle", new() { ["Name"] = "BTS rénovation", ["SchoolYear"] = "2026-2027" });
            var classId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
            var added = await (await teacher.PostFormAsync($"/classes/{classId}/eleves/ajouter", new() { ["LastName"] = "Rénov", ["FirstName"] = "Rémi" })).ReadDocumentAsync();
            var userName = added.QuerySelector("table code")!.TextContent;
            var password = added.QuerySelector("table code.password")!.TextContent;
            var scenario = await app.ShippedScenarioAsync("habitat-confort");
            (await teacher.PostFormAsync($"/classes/{classId}/distribuer", new() { ["ScenarioId"] = scenario.ToString(), ["Pairs"] = "false" }))
                .AssertRedirectsTo($"/classes/{classId}");

            var student = app.CreateBrowserlessClient();
            await student.PostFormAsync("/compte/connexion", new() { ["UserName"] = userName, ["Password"] = password });
            await student.PostFormAsync("/compte/mot-de-passe", new() { ["CurrentPassword"] = password, ["NewPassword"] = "renov-remi-2026", ["ConfirmPassword"] = "renov-remi-2026" });
            var ws = await app.WithDbAsync(db => db.Workspaces.Where(w => w.ClassId == classId).Select(w => w.Id).SingleAsync());
            var contract = await app.WithDbAsync(async db =>
            {
                var p = await db.Prospects.Where(x => x.WorkspaceId == ws).OrderBy(x => x.Id).FirstAsync();
                p.Status = ProspectStatus.Client;
                p.PhoneOpposition = false;
                p.EmailOpposition = false;
                db.Orders.Add(new Order
                {
                    WorkspaceId = ws,
                    ProspectId = p.Id,
                    OrderNumber = "BC-2026-0001",
                    Status = OrderStatus.Confirmed,
                    CreatedAtUtc = new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc),
                    OrderDate = new DateOnly(2026, 11, 2),
                });
                await db.SaveChangesAsync();
                return p.Id;
            });
            _student = (student, ws, contract);
            return _student.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<int> CreateAsync(HttpClient client, string name, string channel)
    {
        var response = await client.PostFormAsync("/operations/nouvelle", new()
        {
            ["Name"] = name,
            ["Channel"] = channel,
            ["StartDate"] = "2026-11-24",
            ["EndDate"] = "2026-12-04",
            ["ObjectiveContacts"] = "10",
            ["ObjectiveAppointments"] = "3",
            ["ObjectiveOrders"] = "1",
            ["ObjectiveRevenue"] = "5000",
        });
        response.AssertRedirectsTo("/operations/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Theory]
    [InlineData("Phone")]
    [InlineData("Email")]
    public async Task PhoneOrEmail_EveryIndividualExcludedWithTheLaw_ExceptTheContractInProgress(string channel)
    {
        var (client, ws, contract) = await StudentAsync();

        var id = await CreateAsync(client, $"Démarchage interdit ({channel})", channel);

        var targets = await app.WithDbAsync(db => db.OperationTargets.Where(t => t.OperationId == id).ToListAsync());
        Assert.Equal(await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws)), targets.Count);
        Assert.All(targets.Where(t => t.ProspectId != contract), t =>
        {
            Assert.True(t.Excluded);
            Assert.Equal(ContactRules.EnergyRenovationReason, t.ExclusionReason);
        });
        Assert.False(targets.Single(t => t.ProspectId == contract).Excluded);
        var page = (await client.GetDocumentAsync($"/operations/{id}")).Text();
        Assert.Contains("Exclu : Démarchage interdit : travaux de rénovation énergétique proposés à un particulier", page);
        Assert.Contains("Code de la consommation, art. L223-1 ; loi n° 2025-594 du 30 juin 2025", page);
    }

    [Fact]
    public async Task Visit_NotDistanceCanvassing_NoneExcludedForTheLaw()
    {
        var (client, _, _) = await StudentAsync();

        var id = await CreateAsync(client, "Visites sur rendez-vous demandé", "Visit");

        var reasons = await app.WithDbAsync(db => db.OperationTargets.Where(t => t.OperationId == id).Select(t => t.ExclusionReason).ToListAsync());
        Assert.NotEmpty(reasons);
        Assert.DoesNotContain(ContactRules.EnergyRenovationReason, reasons);
    }

    [Fact]
    public async Task Phoning_OnlyTheContractInProgress_IsCalled_TheOthersRefused()
    {
        var (client, ws, contract) = await StudentAsync();
        var id = await CreateAsync(client, "Appel du client en cours de chantier", "Phone");
        var other = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.Id != contract).Select(p => p.Id).FirstAsync());

        var phoning = await client.GetDocumentAsync($"/operations/{id}/phoning");
        Assert.Contains("1 prospect à appeler", phoning.Text());

        var refused = await client.PostFormAsync($"/operations/{id}/phoning", new() { ["ProspectId"] = other.ToString(), ["Outcome"] = "NoAnswer" }, formPage: $"/operations/{id}/phoning");
        Assert.Equal(0, await app.WithDbAsync(db => db.CallLogs.CountAsync(c => c.OperationId == id && c.ProspectId == other)));
        Assert.NotEqual(System.Net.HttpStatusCode.InternalServerError, refused.StatusCode);
    }

    [Fact]
    public async Task AnotherWorkspace_CannotReadTheOperation()
    {
        var (client, _, _) = await StudentAsync();
        var id = await CreateAsync(client, "Opération privée", "Email");

        var intruder = await app.AsAsync("eleve1");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await intruder.GetAsync($"/operations/{id}")).StatusCode);
    }
}
