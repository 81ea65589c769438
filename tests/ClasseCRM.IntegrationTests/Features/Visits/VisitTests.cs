using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Features.Visits;

/// <summary>Field operations: plan de tournée, preparation sheet, compte rendu de visite, results and access.</summary>
public sealed class VisitTests(VisitTests.App app) : IClassFixture<VisitTests.App>
{
    public sealed class App : TestApp
    {
        public App() => Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
    }

    private static async Task<int> CreateAsync(HttpClient client, string name, string potential = "A")
    {
        var response = await client.PostFormAsync("/operations/nouvelle", new()
        {
            ["Name"] = name,
            ["Channel"] = "Visit",
            ["StartDate"] = "2026-11-30",
            ["EndDate"] = "2026-12-18",
            ["ObjectiveContacts"] = "8",
            ["ObjectiveAppointments"] = "2",
            ["ObjectiveOrders"] = "2",
            ["ObjectiveRevenue"] = "3000",
            ["TargetPotential"] = potential,
        });
        response.AssertRedirectsTo("/operations/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private static Task<HttpResponseMessage> PlanAsync(HttpClient client, int id, string method, string perDay = "3", string firstDay = "2026-12-24") =>
        client.PostFormAsync($"/operations/{id}/tournee", new() { ["FirstDay"] = firstDay, ["VisitsPerDay"] = perDay, ["Method"] = method });

    [Fact]
    public async Task Tour_ByTown_EveryTargetOnceOnWorkingDays_InPostalCodeOrder()
    {
        var client = await app.AsAsync("eleve9");
        var id = await CreateAsync(client, "Tournée par ville");

        (await PlanAsync(client, id, "ByTown")).AssertRedirectsTo($"/operations/{id}/tournee");
        (await PlanAsync(client, id, "ByTown")).AssertRedirectsTo($"/operations/{id}/tournee");

        var targets = await app.WithDbAsync(db => db.OperationTargets.Where(t => t.OperationId == id && !t.Excluded).Select(t => t.ProspectId).OrderBy(x => x).ToListAsync());
        var visits = await app.WithDbAsync(db => db.Visits.Include(v => v.Prospect).Where(v => v.OperationId == id).OrderBy(v => v.PlannedOn).ThenBy(v => v.RouteOrder).ToListAsync());
        Assert.Equal(targets, visits.Select(v => v.ProspectId).OrderBy(x => x));
        Assert.All(visits, v => Assert.True(v.PlannedOn!.Value.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
        Assert.DoesNotContain(visits, v => v.PlannedOn == new DateOnly(2026, 12, 25));
        Assert.Equal(new DateOnly(2026, 12, 24), visits[0].PlannedOn);
        Assert.All(visits.GroupBy(v => v.PlannedOn), day => Assert.True(day.Count() <= 3));
        var codes = visits.Select(v => v.Prospect!.PostalCode).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        var page = await client.GetDocumentAsync($"/operations/{id}/tournee");
        Assert.Contains("jeudi 24 décembre 2026", page.Text());
        Assert.Contains("lundi 28 décembre 2026", page.Text());
    }

    [Fact]
    public async Task Tour_ByDistance_LegsFromTheCompany_AndShorterThanByTown()
    {
        var client = await app.AsAsync("eleve10");
        var id = await CreateAsync(client, "Tournée par distance", "B");

        (await PlanAsync(client, id, "ByTown", "4")).AssertRedirectsTo($"/operations/{id}/tournee");
        var byTown = await app.WithDbAsync(db => db.Visits.Where(v => v.OperationId == id).SumAsync(v => v.LegKm ?? 0));
        (await PlanAsync(client, id, "ByDistance", "4")).AssertRedirectsTo($"/operations/{id}/tournee");
        var visits = await app.WithDbAsync(db => db.Visits.Where(v => v.OperationId == id).ToListAsync());

        Assert.All(visits, v => Assert.NotNull(v.LegKm));   // every demo town is in seeds/communes.csv
        Assert.True(visits.Sum(v => v.LegKm!.Value) <= byTown, $"par distance {visits.Sum(v => v.LegKm!.Value)} km, par ville {byTown} km");
        Assert.Contains("boucle de", (await client.GetDocumentAsync($"/operations/{id}/tournee")).Text());
    }

    [Fact]
    public async Task Plan_BadInput_FrenchMessageAndTypedValueKept()
    {
        var client = await app.AsAsync("eleve11");
        var id = await CreateAsync(client, "Tournée erreurs");

        var response = await PlanAsync(client, id, "ByTown", perDay: "40");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Entre 1 et 12 visites par jour.", page.Text());
        Assert.Equal("40", page.QuerySelector("input[name=VisitsPerDay]")!.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Visits.CountAsync(v => v.OperationId == id)));
    }

    [Fact]
    public async Task PreparationAndReport_ValidatedSaved_ProspectAndResultsFollow()
    {
        var client = await app.AsAsync("eleve12");
        var id = await CreateAsync(client, "Visites complètes");
        (await PlanAsync(client, id, "ByDistance", firstDay: "2026-11-24")).AssertRedirectsTo($"/operations/{id}/tournee");
        var visits = await app.WithDbAsync(db => db.Visits.Where(v => v.OperationId == id).OrderBy(v => v.Id).ToListAsync());
        var visit = visits[0];
        var url = $"/operations/{id}/visites/{visit.Id}";

        (await client.PostFormAsync($"{url}/preparation", new()
        {
            ["Preparation.Objective"] = "Obtenir une commande d'essai",
            ["Preparation.Soncas"] = "Money",
            ["Preparation.Arguments"] = "Livraison en 24 h → pas de rupture → 98 % des commandes livrées à temps",
        }, url)).AssertRedirectsTo(url);

        var bad = new Dictionary<string, string>
        {
            ["Report.VisitedOn"] = "2026-11-24",
            ["Report.Interlocutor"] = "Mme Leroy, gérante",
            ["Report.Result"] = "Order",
            ["Report.Objections[0].Type"] = "Price",
            ["Report.Objections[0].Text"] = "C'est plus cher que mon fournisseur",
            ["Report.Objections[0].Technique"] = "Compensation",
            ["Report.Expenses"] = "18,40",
        };
        var refused = await client.PostFormAsync($"{url}/compte-rendu", bad, url);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Contains("Indiquez le montant HT de la commande ou du devis.", page.Text());
        Assert.Contains("Notez la réponse apportée à cette objection.", page.Text());
        Assert.Equal("C'est plus cher que mon fournisseur", page.QuerySelector("input[name='Report.Objections[0].Text']")!.GetAttribute("value"));
        Assert.Equal("18,40", page.QuerySelector("input[name='Report.Expenses']")!.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Visits.AnyAsync(v => v.Id == visit.Id && v.ReportedAtUtc != null)));

        bad["Report.Amount"] = "1 250,00";
        bad["Report.Objections[0].Answer"] = "Le prix comprend l'installation et la maintenance";
        bad["Report.Motives"] = "Security";
        bad["Report.NextSteps"] = "Appel de satisfaction après livraison";
        bad["Report.NextStepOn"] = "2026-12-08";
        (await client.PostFormAsync($"{url}/compte-rendu", bad, url)).AssertRedirectsTo(url);

        var saved = await app.WithDbAsync(db => db.Visits.Include(v => v.Objections).Include(v => v.Prospect).SingleAsync(v => v.Id == visit.Id));
        Assert.Equal(VisitResult.Order, saved.Result);
        Assert.Equal(1250.00m, saved.Amount);
        Assert.Equal(Soncas.Money, saved.SoncasHypotheses);
        Assert.Equal(Soncas.Security, saved.Motives);
        Assert.Equal(new DateOnly(2026, 12, 8), saved.NextStepOn);
        var objection = Assert.Single(saved.Objections);
        Assert.Equal((ObjectionType.Price, AnswerTechnique.Compensation), (objection.Type, objection.Technique));
        Assert.Equal(new DateTime(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc), saved.Prospect!.LastContactAtUtc); // noon in Paris is later than now
        var note = await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == visit.ProspectId).OrderByDescending(n => n.Id).Select(n => n.Text).FirstAsync());
        Assert.Contains("Commande (1\u00A0250,00\u00A0€ HT)", note);
        Assert.Contains("Suite prévue le 08/12/2026", note);
        var followUp = await app.WithDbAsync(db => db.Reminders.SingleAsync(r => r.SourceKey == $"visit:{visit.Id}"));
        Assert.Equal((ClasseCRM.Web.Domain.Reminders.ReminderKind.VisitFollowUp, new DateTime(2026, 12, 8, 8, 0, 0)), (followUp.Kind, followUp.DueAtUtc));   // 09:00 Paris

        // A second visit refused, then the results: 2 of N visits made, 1 order.
        var second = $"/operations/{id}/visites/{visits[1].Id}";
        (await client.PostFormAsync($"{second}/compte-rendu", new() { ["Report.VisitedOn"] = "2026-11-24", ["Report.Interlocutor"] = "M. Caron", ["Report.Result"] = "Refusal", ["Report.Expenses"] = "11,60" }, second))
            .AssertRedirectsTo(second);
        var results = await client.GetDocumentAsync($"/operations/{id}/resultats");
        var funnel = results.QuerySelectorAll("#entonnoir tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal(visits.Count.ToString(), funnel["Visites planifiées"]);
        Assert.Equal("2", funnel["Visites réalisées"]);
        Assert.Equal("1", funnel["Commandes prises en visite"]);
        Assert.Equal("1", funnel["Refus"]);
        var ratio = results.QuerySelectorAll("#ratios tbody tr").Single(r => r.Children[0].TextContent == "Transformation (visites)");
        Assert.Equal("commandes prises en visite ÷ visites réalisées", ratio.Children[1].TextContent);
        Assert.Equal("50,0\u202F%", ratio.Children[3].TextContent);
        Assert.Contains("30,00\u00A0€", results.QuerySelector("#couts")!.TextContent);  // 18,40 + 11,60 of expenses
    }

    [Fact]
    public async Task Access_OtherStudentAndTeacher404_ClassTeacherReadsOnly()
    {
        var owner = await app.AsAsync("eleve8");
        var id = await CreateAsync(owner, "Tournée privée");
        (await PlanAsync(owner, id, "ByTown")).AssertRedirectsTo($"/operations/{id}/tournee");
        var visitId = await app.WithDbAsync(db => db.Visits.Where(v => v.OperationId == id).Select(v => v.Id).FirstAsync());
        var intruder = await app.AsAsync("eleve7");
        var teacher = await app.AsAsync("prof.martin");
        var otherTeacher = await app.AsAsync("prof.durand");

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/operations/{id}/tournee")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/operations/{id}/visites/{visitId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/operations/{id}/visites/{visitId}/compte-rendu",
            new() { ["Report.VisitedOn"] = "2026-11-24", ["Report.Interlocutor"] = "x", ["Report.Result"] = "Refusal" }, "/operations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/operations/{id}/tournee", new() { ["FirstDay"] = "2026-12-01", ["VisitsPerDay"] = "2" }, "/operations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/operations/{id}/visites/{visitId}")).StatusCode);
        var read = await teacher.GetDocumentAsync($"/operations/{id}/visites/{visitId}");
        Assert.NotNull(read.QuerySelector("fieldset[disabled]"));
        Assert.Null(read.QuerySelector("form[action$='/compte-rendu'] button[type=submit]"));
        Assert.Null(read.QuerySelector("form[action$='/preparation'] button[type=submit]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostFormAsync($"/operations/{id}/visites/{visitId}/compte-rendu",
            new() { ["Report.VisitedOn"] = "2026-11-24", ["Report.Interlocutor"] = "x", ["Report.Result"] = "Refusal" }, "/classes")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Visits.AnyAsync(v => v.Id == visitId && v.ReportedAtUtc != null)));
    }
}
