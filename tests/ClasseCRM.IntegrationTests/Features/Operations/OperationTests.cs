using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Features.Operations;

/// <summary>Plan a phoning operation, run the session through HTTP, read the results; access across workspaces.</summary>
public sealed class OperationTests(OperationTests.App app) : IClassFixture<OperationTests.App>
{
    /// <summary>The clock is a Tuesday at 10:30 in Paris, inside the legal hours for calling individuals.</summary>
    public sealed class App : TestApp
    {
        public App() => Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
    }

    private static Dictionary<string, string> Plan(string name, params (string, string)[] extra)
    {
        var fields = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Channel"] = "Phone",
            ["StartDate"] = "2026-11-24",
            ["EndDate"] = "2026-12-04",
            ["Goal"] = "Obtenir des rendez-vous de présentation",
            ["ObjectiveContacts"] = "10",
            ["ObjectiveAppointments"] = "4",
            ["ObjectiveOrders"] = "1",
            ["ObjectiveRevenue"] = "1 490,00",
        };
        foreach (var (k, v) in extra)
        {
            fields[k] = v;
        }
        return fields;
    }

    private static async Task<int> CreateAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync("/operations/nouvelle", fields);
        response.AssertRedirectsTo("/operations/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task Plan_KeepsCriteria_TargetsMatchTheFile_ObjectionsExcludedWithReason()
    {
        var client = await app.AsAsync("eleve1");
        var ws = await app.WorkspaceOfAsync("eleve1");

        var id = await CreateAsync(client, Plan("Phoning suspects 35", ("TargetStatus", "Prospect")));

        var op = await app.WithDbAsync(db => db.Operations.Include(o => o.Targets).SingleAsync(o => o.Id == id));
        Assert.Equal("statut : Prospect", op.TargetCriteria);
        Assert.Equal(1490.00m, op.ObjectiveRevenue);
        var expected = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.Status == ProspectStatus.Prospect).Select(p => p.Id).OrderBy(i => i).ToListAsync());
        Assert.Equal(expected, op.Targets.Select(t => t.ProspectId).OrderBy(i => i).ToList());
        var opposed = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.Status == ProspectStatus.Prospect && p.PhoneOpposition).Select(p => p.Id).ToListAsync());
        Assert.All(op.Targets.Where(t => opposed.Contains(t.ProspectId)), t =>
        {
            Assert.True(t.Excluded);
            Assert.Contains("Opposition", t.ExclusionReason);
        });
        var page = await client.GetDocumentAsync($"/operations/{id}");
        Assert.Contains("statut : Prospect", page.Text());
    }

    [Fact]
    public async Task Plan_TownAndHeadcountCriteria_SelectExactlyTheMatchingFile()
    {
        var client = await app.AsAsync("eleve11");
        var ws = await app.WorkspaceOfAsync("eleve11");
        var town = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).GroupBy(p => p.City).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());

        var id = await CreateAsync(client, Plan("Visites en ville", ("TargetCity", town), ("TargetMinEmployees", "10"), ("TargetMaxEmployees", "250")));

        var op = await app.WithDbAsync(db => db.Operations.Include(o => o.Targets).SingleAsync(o => o.Id == id));
        var expected = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.City == town && p.Employees >= 10 && p.Employees <= 250).Select(p => p.Id).OrderBy(i => i).ToListAsync());
        Assert.Equal(expected, op.Targets.Select(t => t.ProspectId).OrderBy(i => i).ToList());
        Assert.Equal($"ville ou code postal : {town} ; effectif d'au moins 10 ; effectif d'au plus 250", op.TargetCriteria);

        var refused = await client.PostFormAsync("/operations/nouvelle", Plan("Effectifs inversés", ("TargetMinEmployees", "50"), ("TargetMaxEmployees", "5")));
        Assert.Contains("L'effectif maximum doit être au moins égal au minimum.", await refused.TextAsync());
    }

    [Fact]
    public async Task Plan_IndividualsWithoutConsent_AreExcludedFromPhoning()
    {
        var client = await app.AsAsync("eleve2");
        var ws = await app.WorkspaceOfAsync("eleve2");
        await app.WithDbAsync(async db =>
        {
            foreach (var (name, consent) in new[] { ("Particulier Sans Accord", false), ("Particulier Avec Accord", true) })
            {
                var p = new Prospect { WorkspaceId = ws, Kind = ProspectKind.Individual, Name = name, PostalCode = "31000", City = "Toulouse", Department = "31", Status = ProspectStatus.Lost, PhoneConsent = consent, Phone = "06 39 98 00 01" };
                p.RefreshSearchFields();
                db.Prospects.Add(p);
            }
            return await db.SaveChangesAsync();
        });

        var id = await CreateAsync(client, Plan("Phoning particuliers", ("TargetStatus", "Lost")));

        var targets = await app.WithDbAsync(db => db.OperationTargets.Include(t => t.Prospect).Where(t => t.OperationId == id).ToListAsync());
        var without = targets.Single(t => t.Prospect!.Name == "Particulier Sans Accord");
        Assert.True(without.Excluded);
        Assert.Contains("consentement", without.ExclusionReason);
        Assert.False(targets.Single(t => t.Prospect!.Name == "Particulier Avec Accord").Excluded);
    }

    [Fact]
    public async Task Plan_BadInput_FrenchMessagesAndTypedTextKept()
    {
        var client = await app.AsAsync("eleve3");

        var response = await client.PostFormAsync("/operations/nouvelle", Plan("", ("EndDate", "2026-11-01"), ("ObjectiveAppointments", "beaucoup")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Donnez un nom à l'opération.", page.Text());
        Assert.Contains("La fin ne peut pas précéder le début.", page.Text());
        Assert.Equal("beaucoup", page.QuerySelector("input[name=ObjectiveAppointments]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Phoning_LogsEachCall_UpdatesTheProspect_AndResultsAreExact()
    {
        var client = await app.AsAsync("eleve4");
        var id = await CreateAsync(client, Plan("Phoning complet"));
        var outcomes = new (string Outcome, string? FollowUp)[]
        {
            ("WrongNumber", null), ("NoAnswer", null), ("Gatekeeper", null), ("DecisionMakerAbsent", "2026-11-26T10:00"),
            ("RefusedBeforePitch", null), ("PitchedNoFollowUp", null), ("AppointmentMade", "2026-12-01T14:00"), ("Order", null),
        };
        var called = new List<int>();
        foreach (var (outcome, followUp) in outcomes)
        {
            var session = await client.GetDocumentAsync($"/operations/{id}/phoning");
            var prospectId = session.QuerySelector("input[name=ProspectId]")!.GetAttribute("value")!;
            var fields = new Dictionary<string, string> { ["ProspectId"] = prospectId, ["Outcome"] = outcome, ["Notes"] = $"Appel {outcome}" };
            if (followUp is not null)
            {
                fields["FollowUpAt"] = followUp;
            }
            (await client.PostFormAsync($"/operations/{id}/phoning", fields)).AssertRedirectsTo($"/operations/{id}/phoning");
            called.Add(int.Parse(prospectId));
        }

        Assert.Equal(8, called.Distinct().Count());
        var results = await client.GetDocumentAsync($"/operations/{id}/resultats");
        var funnel = results.QuerySelectorAll("#entonnoir tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["8", "7", "6", "4", "3", "1", "1"], funnel);
        var ratios = results.QuerySelectorAll("#ratios tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[3].TextContent);
        Assert.Equal("87,5\u202F%", ratios["Qualité du fichier (téléphone)"]);   // 7 ÷ 8
        Assert.Equal("75,0\u202F%", ratios["Joignabilité (téléphone)"]);         // 6 ÷ 8
        Assert.Equal("66,7\u202F%", ratios["Contacts utiles (téléphone)"]);      // 4 ÷ 6
        Assert.Equal("75,0\u202F%", ratios["Argumentation (téléphone)"]);        // 3 ÷ 4
        Assert.Equal("33,3\u202F%", ratios["Prise de RDV (téléphone)"]);         // 1 ÷ 3
        Assert.Equal("33,3\u202F%", ratios["Transformation (téléphone)"]);       // 1 ÷ 3
        var objectives = results.QuerySelectorAll("#objectifs tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(objectives, r => r.Contains("rendez-vous") && r.Contains("-75,0"));  // 1 vs 4: (1 − 4) ÷ 4

        // The appointment: last contact updated, timeline line written, suspect became prospect.
        var appointment = called[6];
        var prospect = await app.WithDbAsync(db => db.Prospects.SingleAsync(p => p.Id == appointment));
        Assert.Equal(new DateTime(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc), prospect.LastContactAtUtc);
        Assert.NotEqual(ProspectStatus.Suspect, prospect.Status);
        var note = await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == appointment).OrderByDescending(n => n.Id).Select(n => n.Text).FirstAsync());
        Assert.Contains("RDV obtenu", note);
        Assert.Contains("01/12/2026 14:00", note);
        var log = await app.WithDbAsync(db => db.CallLogs.SingleAsync(c => c.OperationId == id && c.ProspectId == appointment));
        Assert.Equal(new DateTime(2026, 12, 1, 13, 0, 0, DateTimeKind.Utc), log.FollowUpAtUtc); // 14:00 in Paris (UTC+1)
        // A wrong number is not a contact: the date of last contact does not move.
        var wrong = await app.WithDbAsync(db => db.Prospects.SingleAsync(p => p.Id == called[0]));
        Assert.NotEqual(new DateTime(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc), wrong.LastContactAtUtc);
    }

    [Fact]
    public async Task Phoning_AppointmentWithoutDate_IsRefusedWithTheNotesKept()
    {
        var client = await app.AsAsync("eleve5");
        var id = await CreateAsync(client, Plan("Phoning RDV"));
        var session = await client.GetDocumentAsync($"/operations/{id}/phoning");
        var prospectId = session.QuerySelector("input[name=ProspectId]")!.GetAttribute("value")!;

        var response = await client.PostFormAsync($"/operations/{id}/phoning", new() { ["ProspectId"] = prospectId, ["Outcome"] = "AppointmentMade", ["Notes"] = "Très intéressé" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Indiquez la date et l'heure du rendez-vous obtenu.", page.Text());
        Assert.Equal(int.Parse(prospectId), int.Parse(page.QuerySelector("input[name=ProspectId]")!.GetAttribute("value")!));   // the same company, not the next one
        Assert.Equal("Très intéressé", page.QuerySelector("textarea[name=Notes]")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.CallLogs.CountAsync(c => c.OperationId == id)));
    }

    [Fact]
    public async Task Access_OtherStudent404_TeacherReadsOnly_OtherTeacher404()
    {
        var owner = await app.AsAsync("eleve6");
        var id = await CreateAsync(owner, Plan("Opération privée"));
        var intruder = await app.AsAsync("eleve7");
        var teacher = await app.AsAsync("prof.martin");
        var otherTeacher = await app.AsAsync("prof.durand");
        var prospectId = (await owner.GetDocumentAsync($"/operations/{id}/phoning")).QuerySelector("input[name=ProspectId]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/operations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/operations/{id}/resultats")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/operations/{id}/phoning", new() { ["ProspectId"] = prospectId, ["Outcome"] = "Order" }, formPage: "/operations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/operations/{id}/resultats")).StatusCode);
        Assert.Null((await teacher.GetDocumentAsync($"/operations/{id}/phoning")).QuerySelector("input[name=ProspectId]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostFormAsync($"/operations/{id}/phoning", new() { ["ProspectId"] = prospectId, ["Outcome"] = "Order" }, formPage: "/classes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/operations/{id}")).StatusCode);
        var ws = await app.WorkspaceOfAsync("eleve6");
        Assert.Contains("Opération privée", (await teacher.GetDocumentAsync($"/operations?espace={ws}")).Text());
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/operations?espace={ws}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/operations?espace={ws}")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.CallLogs.CountAsync(c => c.OperationId == id)));
    }

    [Fact]
    public async Task ClassRatioVariants_ChosenByTheTeacher_AreUsedInTheStudentsResults()
    {
        var teacher = await app.AsAsync("prof.durand");
        var classId = await app.ClassOfAsync("prof.durand");
        var student = await app.AsAsync("eleve13");
        var id = await CreateAsync(student, Plan("Phoning variantes"));
        foreach (var outcome in new[] { "WrongNumber", "NoAnswer", "Gatekeeper", "AppointmentMade" })
        {
            var prospectId = (await student.GetDocumentAsync($"/operations/{id}/phoning")).QuerySelector("input[name=ProspectId]")!.GetAttribute("value")!;
            var fields = new Dictionary<string, string> { ["ProspectId"] = prospectId, ["Outcome"] = outcome };
            if (outcome == "AppointmentMade")
            {
                fields["FollowUpAt"] = "2026-12-02T10:00";
            }
            await student.PostFormAsync($"/operations/{id}/phoning", fields);
        }
        string Reachability(AngleSharp.Dom.IDocument d) => d.QuerySelectorAll("#ratios tbody tr").Single(r => r.Children[0].TextContent == "Joignabilité (téléphone)").TextContent;

        // Default: aboutis ÷ émis = 2 ÷ 4.
        Assert.Contains("50,0", Reachability(await student.GetDocumentAsync($"/operations/{id}/resultats")));

        var saved = await teacher.PostFormAsync($"/classes/{classId}/ratios", new()
        {
            ["Reachability"] = "ValidNumbers",
            ["UsefulContacts"] = "Reached",
            ["Pitch"] = "DecisionMakers",
            ["Appointments"] = "Pitched",
            ["Conversion"] = "Pitched",
            ["MailingReturn"] = "Sent",
        });
        saved.AssertRedirectsTo($"/classes/{classId}");

        // Chosen: aboutis ÷ numéros valides = 2 ÷ 3.
        var row = Reachability(await student.GetDocumentAsync($"/operations/{id}/resultats"));
        Assert.Contains("appels aboutis ÷ numéros valides", row);
        Assert.Contains("66,7", row);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await (await app.AsAsync("prof.martin")).GetAsync($"/classes/{classId}/ratios")).StatusCode);
    }

    [Fact]
    public async Task Costs_FixedAndVariable_GiveTheCostPerContactAndPerAppointment()
    {
        var client = await app.AsAsync("eleve9");
        var id = await CreateAsync(client, Plan("Phoning chiffré"));
        foreach (var outcome in new[] { "RefusedBeforePitch", "AppointmentMade" })
        {
            var prospectId = (await client.GetDocumentAsync($"/operations/{id}/phoning")).QuerySelector("input[name=ProspectId]")!.GetAttribute("value")!;
            var fields = new Dictionary<string, string> { ["ProspectId"] = prospectId, ["Outcome"] = outcome };
            if (outcome == "AppointmentMade")
            {
                fields["FollowUpAt"] = "2026-12-02T10:00";
            }
            await client.PostFormAsync($"/operations/{id}/phoning", fields);
        }

        (await client.PostFormAsync($"/operations/{id}/couts", new() { ["Label"] = "Achat du fichier", ["Quantity"] = "1", ["UnitCost"] = "45" }, formPage: $"/operations/{id}"))
            .AssertRedirectsTo($"/operations/{id}");
        (await client.PostFormAsync($"/operations/{id}/couts", new() { ["Label"] = "Appels", ["IsVariable"] = "true", ["Quantity"] = "12", ["UnitCost"] = "0,15" }, formPage: $"/operations/{id}"))
            .AssertRedirectsTo($"/operations/{id}");
        var bad = await client.PostFormAsync($"/operations/{id}/couts", new() { ["Label"] = "Kilomètres", ["Quantity"] = "beaucoup", ["UnitCost"] = "-2" }, formPage: $"/operations/{id}");

        Assert.Equal(System.Net.HttpStatusCode.OK, bad.StatusCode);
        var badPage = await bad.ReadDocumentAsync();
        Assert.Contains("« beaucoup » n'est pas un nombre", badPage.Text());
        Assert.Contains("Le coût unitaire est un montant positif.", badPage.Text());
        Assert.Equal("Kilomètres", badPage.QuerySelector("input#Label")!.GetAttribute("value"));
        Assert.Equal("beaucoup", badPage.QuerySelector("input#Quantity")!.GetAttribute("value"));

        var costs = (await client.GetDocumentAsync($"/operations/{id}/resultats")).QuerySelectorAll("#couts tr").Select(r => r.TextContent).ToList();
        Assert.Contains(costs, r => r.Contains("Coûts fixes") && r.Contains("45,00\u00A0€"));
        Assert.Contains(costs, r => r.Contains("Coûts variables") && r.Contains("1,80\u00A0€"));           // 12 × 0,15
        Assert.Contains(costs, r => r.Contains("Coût de l'opération") && r.Contains("46,80\u00A0€"));
        Assert.Contains(costs, r => r.Contains("Coût par contact utile") && r.Contains("23,40\u00A0€"));   // 46,80 ÷ 2
        Assert.Contains(costs, r => r.Contains("Coût par RDV") && r.Contains("46,80\u00A0€"));             // 46,80 ÷ 1
        Assert.Contains(costs, r => r.Contains("Coût par commande") && r.Contains('—'));

        var intruder = await app.AsAsync("eleve10");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/operations/{id}/couts", new() { ["Label"] = "x", ["Quantity"] = "1", ["UnitCost"] = "1" }, formPage: "/operations")).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.OperationCosts.CountAsync(c => c.OperationId == id)));
    }

    [Fact]
    public async Task Compare_TwoOperationsSideBySide_OnlyInsideTheWorkspace()
    {
        var client = await app.AsAsync("eleve12");
        var phone = await CreateAsync(client, Plan("Comparaison phoning"));
        var mail = await CreateAsync(client, Plan("Comparaison courrier", ("Channel", "Mail")));
        var other = await CreateAsync(await app.AsAsync("eleve10"), Plan("Opération d'un autre"));
        var ws = await app.WorkspaceOfAsync("eleve12");

        var page = await client.GetDocumentAsync($"/operations/comparer?a={phone}&b={mail}");

        var table = page.QuerySelector("#comparaison")!.TextContent;
        Assert.Contains("A : Comparaison phoning — B : Comparaison courrier", table);
        Assert.Contains("commandes annoncées ÷ contacts argumentés", table);
        Assert.Contains("réponses ÷ plis envoyés", table);
        Assert.NotNull(page.QuerySelector("canvas#graphique-comparaison[data-chart]"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/operations/comparer?a={phone}&b={other}")).StatusCode);
        Assert.Contains("Comparaison courrier", (await (await app.AsAsync("prof.martin")).GetDocumentAsync($"/operations/comparer?espace={ws}&a={phone}&b={mail}")).QuerySelector("#comparaison")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).GetAsync($"/operations/comparer?espace={ws}&a={phone}&b={mail}")).StatusCode);
    }

    [Fact]
    public async Task DemoSchool_Eleve1_HasAPhoningAnEmailingWithAnswersAndATourWithReports()
    {
        var client = await app.AsAsync("eleve1");
        var ws = await app.WorkspaceOfAsync("eleve1");
        var ops = await app.WithDbAsync(db => db.Operations.Where(o => o.WorkspaceId == ws).ToDictionaryAsync(o => o.Name, o => o.Id));

        var emailing = await client.GetDocumentAsync($"/operations/{ops["E-mailing — offre de rentrée"]}/resultats");
        var funnel = emailing.QuerySelectorAll("#entonnoir tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal("3", funnel["Réponses"]);
        Assert.Equal("1", funnel["Rendez-vous"]);
        Assert.Contains("De : ", (await client.GetDocumentAsync("/messagerie")).Text());

        var tour = await client.GetDocumentAsync($"/operations/{ops["Tournée de visites — secteur Rennes"]}/tournee");
        Assert.Contains("Compte rendu : Commande", tour.Text());
        Assert.Contains("Compte rendu : Devis", tour.Text());
        var results = await client.GetDocumentAsync($"/operations/{ops["Tournée de visites — secteur Rennes"]}/resultats");
        Assert.Contains("30,00\u00A0€", results.QuerySelector("#couts")!.TextContent);
        Assert.Contains("Phoning de qualification", (await client.GetDocumentAsync("/operations")).Text());
    }
}
