using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Field;
using ClasseCRM.Web.Features.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Features.Scenarios;

/// <summary>
/// The secteur of a scenario (issue 17): prospects drawn within its radius of its home town, a demo tour a sales rep
/// would drive, the teacher's km limit flagged on the tour, the home town checked on the edit form, current suppliers.
/// </summary>
public sealed class SecteurTests(TestApp app) : IClassFixture<TestApp>
{
    private const string DemoTour = "Tournée de visites — secteur Rennes";

    private CommuneLocator Locator => app.Services.GetRequiredService<CommuneLocator>();

    private CommuneDirectory Communes => app.Services.GetRequiredService<CommuneDirectory>();

    [Fact]
    public async Task ShippedScenarios_HaveTheirHomeTown_HabitatConfortSellsEnergyRenovation()
    {
        var scenarios = await app.WithDbAsync(db => db.Scenarios.Where(s => s.OwnerId == null).ToDictionaryAsync(s => s.SourceKey!));

        Assert.Equal("Rennes (35)", scenarios["bureau-ouest"].HomeTown);
        Assert.Equal("35238", scenarios["bureau-ouest"].HomeTownCode);
        Assert.Equal("Lyon (69)", scenarios["saveurs-terroir"].HomeTown);
        Assert.Equal("Toulouse (31)", scenarios["habitat-confort"].HomeTown);
        Assert.All(scenarios.Values, s => Assert.Equal(40, s.RadiusKm));
        Assert.All(scenarios.Values, s => Assert.Equal(150, s.MaxKmPerDay));
        Assert.True(scenarios["habitat-confort"].EnergyRenovation);
        Assert.False(scenarios["bureau-ouest"].EnergyRenovation);
        Assert.StartsWith("Ouverture, à chaque contact\u00A0: se présenter, vérifier l'interlocuteur, rappeler le droit d'opposition.", scenarios["habitat-confort"].SalesPitch);
    }

    [Fact]
    public async Task DemoFiles_EveryProspectWithinTheRadiusOfTheHomeTown()
    {
        var prospects = await app.WithDbAsync(db => db.Prospects
            .Join(db.Workspaces, p => p.WorkspaceId, w => w.Id, (p, w) => new { p.PostalCode, p.City, w.Scenario!.HomeTownCode, w.Scenario.RadiusKm }).ToListAsync());

        Assert.True(prospects.Count >= 400, $"{prospects.Count} fiches");
        Assert.All(prospects, p =>
        {
            var home = Communes.Find(p.HomeTownCode)!;
            var at = Locator.Locate(p.PostalCode, p.City);
            Assert.NotNull(at);
            var km = new GeoPoint(home.Latitude, home.Longitude).KmTo(at.Value);
            Assert.True(km <= p.RadiusKm, $"{p.PostalCode} {p.City} : {km:0.0} km de {home.Name}");
        });
    }

    [Fact]
    public async Task Generator_ASmallerRadius_KeepsEveryProspectInsideIt()
    {
        var scenario = await app.WithDbAsync(db => db.Scenarios.AsNoTracking().FirstAsync(s => s.SourceKey == "habitat-confort" && s.OwnerId == null));
        scenario.RadiusKm = 15;
        List<Prospect> file = [];
        await app.RunAsync<ProspectFileGenerator>(g =>
        {
            file = g.Generate(scenario, 1, 4242);
            return Task.CompletedTask;
        });
        var home = Communes.Find(scenario.HomeTownCode)!;

        Assert.Equal(40, file.Count);
        Assert.All(file, p =>
        {
            var km = new GeoPoint(home.Latitude, home.Longitude).KmTo(Locator.Locate(p.PostalCode, p.City)!.Value);
            Assert.True(km <= 15, $"{p.City} : {km:0.0} km de Toulouse");
        });
        Assert.True(file.Select(p => p.City).Distinct().Count() > 3);
        Assert.All(file, p => Assert.Null(p.CurrentSupplier));
        Assert.All(file, p => Assert.Contains(p.Source, new[] { "Demande de devis sur le site", "Demande de devis en magasin", "Salon de l'habitat", "Portes ouvertes de l'atelier", "Parrainage d'un client" }));
    }

    [Fact]
    public async Task DemoTour_EveryDayUnder150Km()
    {
        var tours = await app.WithDbAsync(db => db.Visits.Where(v => v.PlannedOn != null && db.Operations.Any(o => o.Id == v.OperationId && o.Name == DemoTour))
            .Select(v => new { v.OperationId, Day = v.PlannedOn!.Value, v.RouteOrder, v.Prospect!.PostalCode, v.Prospect.City }).ToListAsync());
        var rennes = Locator.Locate("35000", "Rennes")!.Value;

        Assert.NotEmpty(tours);
        Assert.All(tours.GroupBy(v => (v.OperationId, v.Day)), day =>
        {
            var km = TourPlanner.RoundKm(rennes, day.OrderBy(v => v.RouteOrder).Select(v => Locator.Locate(v.PostalCode, v.City)));
            Assert.True(km < 150, $"opération {day.Key.OperationId}, {day.Key.Day} : {km:0.0} km");
        });
    }

    [Fact]
    public async Task Tour_DayOverTheTeachersLimit_FrenchWarning()
    {
        var client = await app.AsAsync("eleve3");
        var ws = await app.WorkspaceOfAsync("eleve3");
        var id = await app.WithDbAsync(db => db.Operations.Where(o => o.WorkspaceId == ws && o.Name == DemoTour).Select(o => o.Id).FirstAsync());
        var before = await client.GetDocumentAsync($"/operations/{id}/tournee");
        Assert.Contains("maximum fixé par l'enseignant : 150 km par jour", before.Text());
        Assert.Empty(before.QuerySelectorAll(".tour-over-limit"));

        await app.WithDbAsync(db => db.Scenarios.Where(s => s.SourceKey == "bureau-ouest" && s.OwnerId == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.MaxKmPerDay, 10)));
        try
        {
            var page = await client.GetDocumentAsync($"/operations/{id}/tournee");
            Assert.NotEmpty(page.QuerySelectorAll(".tour-over-limit"));
            Assert.Contains("Journée trop longue", page.Text());
            Assert.Contains("au-delà du maximum de 10 km par jour fixé par l'enseignant", page.Text());
        }
        finally
        {
            await app.WithDbAsync(db => db.Scenarios.Where(s => s.SourceKey == "bureau-ouest" && s.OwnerId == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.MaxKmPerDay, 150)));
        }
    }

    [Fact]
    public async Task DemoB2BFiches_OftenHaveACurrentSupplierFromTheScenarioList()
    {
        var suppliers = await app.WithDbAsync(db => db.Prospects.Where(p => db.Workspaces.Any(w => w.Id == p.WorkspaceId && w.Scenario!.SourceKey == "bureau-ouest"))
            .Select(p => p.CurrentSupplier).ToListAsync());

        Assert.InRange(suppliers.Count(s => s is not null), suppliers.Count / 2, suppliers.Count - 1);
        Assert.Contains("Armor Bureautique (Saint-Brieuc)", suppliers);
        var ws = await app.WorkspaceOfAsync("eleve4");
        var fiche = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.CurrentSupplier != null)
            .Select(p => new { p.Id, p.CurrentSupplier }).FirstAsync());
        var page = await (await app.AsAsync("eleve4")).GetDocumentAsync($"/prospects/{fiche.Id}");
        Assert.Contains("Fournisseur actuel", page.Text());
        Assert.Contains(fiche.CurrentSupplier!, page.Text());
    }

    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, int copy)
    {
        var form = await client.GetDocumentAsync($"/scenarios/{copy}/modifier");
        return form.QuerySelectorAll("form[action$='modifier'] input, form[action$='modifier'] textarea, form[action$='modifier'] select")
            .Where(e => e.GetAttribute("name") is { } n && n != "__RequestVerificationToken" && e.GetAttribute("type") != "checkbox")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.TagName == "SELECT"
                ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? ""
                : e.TagName == "TEXTAREA" ? e.TextContent : e.GetAttribute("value") ?? "");
    }

    private async Task<int> CopyAsync(HttpClient client, string key)
    {
        var response = await client.PostFormAsync($"/scenarios/{await app.ShippedScenarioAsync(key)}/copier", new(), formPage: "/scenarios");
        response.AssertRedirectsTo("/scenarios/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
    }

    [Fact]
    public async Task Edit_HomeTownRadiusAndLimit_Saved_AndUnknownOrAmbiguousTownRefusedInFrench()
    {
        var client = await app.AsAsync("prof.martin");
        var copy = await CopyAsync(client, "bureau-ouest");
        var fields = await FormAsync(client, copy);
        Assert.Equal("Rennes (35)", fields["HomeTown"]);

        fields["HomeTown"] = "Atlantide";
        fields["RadiusKm"] = "300";
        var bad = await client.PostFormAsync($"/scenarios/{copy}/modifier", fields);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var page = await bad.ReadDocumentAsync();
        Assert.Contains("« Atlantide » n'est pas dans la liste des communes", page.Text());
        Assert.Contains("Le rayon du secteur est compris entre 5 et 200 km.", page.Text());
        Assert.Equal("Atlantide", page.QuerySelector("input[name=HomeTown]")!.GetAttribute("value"));
        Assert.Equal("300", page.QuerySelector("input[name=RadiusKm]")!.GetAttribute("value"));

        fields["HomeTown"] = "Bassens";
        fields["RadiusKm"] = "25";
        var ambiguous = await client.PostFormAsync($"/scenarios/{copy}/modifier", fields);
        Assert.Contains("Plusieurs communes s'appellent Bassens : précisez le département, par exemple « Bassens (33) » ou « Bassens (73) ».", await ambiguous.TextAsync());
        Assert.Equal("35238", await app.WithDbAsync(db => db.Scenarios.Where(s => s.Id == copy).Select(s => s.HomeTownCode).SingleAsync()));

        fields["HomeTown"] = "bassens (33)";
        fields["MaxKmPerDay"] = "120";
        (await client.PostFormAsync($"/scenarios/{copy}/modifier", fields)).AssertRedirectsTo($"/scenarios/{copy}");
        var saved = await app.WithDbAsync(db => db.Scenarios.SingleAsync(s => s.Id == copy));
        Assert.Equal("Bassens (33)", saved.HomeTown);
        Assert.Equal(Communes.Resolve("Bassens (33)").Commune!.InseeCode, saved.HomeTownCode);
        Assert.Equal(25, saved.RadiusKm);
        Assert.Equal(120, saved.MaxKmPerDay);
        Assert.Contains("25 km autour de Bassens (33)", (await client.GetDocumentAsync($"/scenarios/{copy}")).Text());
    }

    [Fact]
    public async Task Edit_AnotherTeachersCopy_Is404_NothingSaved()
    {
        var martin = await app.AsAsync("prof.martin");
        var copy = await CopyAsync(martin, "saveurs-terroir");
        var fields = await FormAsync(martin, copy);
        fields["HomeTown"] = "Vienne (38)";

        var durand = await app.AsAsync("prof.durand");
        Assert.Equal(HttpStatusCode.NotFound, (await durand.GetAsync($"/scenarios/{copy}/modifier")).StatusCode);
        var response = await durand.PostFormAsync($"/scenarios/{copy}/modifier", fields, formPage: "/scenarios");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Lyon (69)", await app.WithDbAsync(db => db.Scenarios.Where(s => s.Id == copy).Select(s => s.HomeTown).SingleAsync()));
    }
}
