using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Demo;
using ClasseCRM.Web.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Operations;

/// <summary>
/// « Mon plan de prospection » (/operations/{id}/plan): the justifications and budget, the three texts and their
/// versions, their use by the phoning screen and the mail merge, and who may read or write it.
/// </summary>
public sealed class OperationPlanTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private static async Task<int> CreateAsync(HttpClient client, string name, string channel = "Phone", params (string, string)[] extra)
    {
        var fields = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Channel"] = channel,
            ["StartDate"] = "2026-11-24",
            ["EndDate"] = "2026-12-18",
            ["ObjectiveContacts"] = "4",
            ["ObjectiveAppointments"] = "2",
            ["ObjectiveOrders"] = "1",
            ["ObjectiveRevenue"] = "0",
        };
        foreach (var (k, v) in extra)
        {
            fields[k] = v;
        }
        var response = await client.PostFormAsync("/operations/nouvelle", fields);
        response.AssertRedirectsTo("/operations/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>The plan's form as the page shows it (the scenario's proposals included), with some fields changed.</summary>
    internal static async Task<Dictionary<string, string>> FormAsync(HttpClient client, int id, params (string, string)[] changes)
    {
        var page = await client.GetDocumentAsync($"/operations/{id}/plan");
        var fields = new Dictionary<string, string>();
        foreach (var e in page.QuerySelectorAll("#plan input[name], #plan textarea[name]"))
        {
            var name = e.GetAttribute("name")!;
            if (name != "__RequestVerificationToken")
            {
                fields[name] = e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value") ?? "";
            }
        }
        foreach (var (k, v) in changes)
        {
            fields[k] = v;
        }
        return fields;
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int id, params (string, string)[] changes) =>
        await client.PostFormAsync($"/operations/{id}/plan", await FormAsync(client, id, changes));

    private Task<OperationPlan?> PlanAsync(int id) => app.WithDbAsync(db => db.OperationPlans.AsNoTracking().FirstOrDefaultAsync(p => p.OperationId == id));

    [Fact]
    public async Task NewOperation_KeepsTheTwoJustifications_AndThePlanShowsThem()
    {
        var client = await app.AsAsync("eleve2");
        var id = await CreateAsync(client, "Phoning justifié", "Phone",
            ("TargetJustification", "Les cabinets de Rennes impriment beaucoup."), ("TechniqueJustification", "Le téléphone qualifie vite le fichier."));

        var plan = await PlanAsync(id);
        Assert.Equal("Les cabinets de Rennes impriment beaucoup.", plan!.TargetJustification);
        Assert.Equal("Le téléphone qualifie vite le fichier.", plan.TechniqueJustification);
        var page = await client.GetDocumentAsync($"/operations/{id}/plan");
        Assert.Equal("Les cabinets de Rennes impriment beaucoup.", page.QuerySelector("textarea[name='Input.TargetJustification']")!.TextContent.Trim());
        Assert.NotNull((await client.GetDocumentAsync($"/operations/{id}")).QuerySelector($"a[href='/operations/{id}/plan']"));
    }

    [Fact]
    public async Task Save_KeepsJustificationsCalendarAndBudgetToTheCent_ScenarioTextsUntouchedStayTheScenarios()
    {
        var client = await app.AsAsync("eleve3");
        var id = await CreateAsync(client, "Phoning plan complet");

        var response = await SaveAsync(client, id,
            ("Input.TargetJustification", "Cible : les suspects du 35, proches de l'agence."),
            ("Input.TechniqueJustification", "Phoning : rapide et peu coûteux."),
            ("Input.Calendar", "Semaine 1 : préparation ; semaines 2 et 3 : appels."),
            ("Input.Budget", "1 250,505"));

        response.AssertRedirectsTo($"/operations/{id}/plan");
        var plan = await PlanAsync(id);
        Assert.Equal("Cible : les suspects du 35, proches de l'agence.", plan!.TargetJustification);
        Assert.Equal("Phoning : rapide et peu coûteux.", plan.TechniqueJustification);
        Assert.Equal("Semaine 1 : préparation ; semaines 2 et 3 : appels.", plan.Calendar);
        Assert.Equal(1250.51m, plan.Budget);
        // The proposals were sent back untouched: they are still the scenario's, and no version was made.
        Assert.Null(plan.Script);
        Assert.Null(plan.Pitch);
        Assert.Null(await app.WithDbAsync(db => db.Operations.Where(o => o.Id == id).Select(o => o.MailBody).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.OperationPlanVersions.CountAsync(v => v.OperationId == id)));
        Assert.Equal("1250,51", (await client.GetDocumentAsync($"/operations/{id}/plan")).QuerySelector("input[name='Input.Budget']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task BadInput_FrenchMessages_KeepsWhatWasTyped_SavesNothing()
    {
        var client = await app.AsAsync("eleve4");
        var id = await CreateAsync(client, "Phoning erreurs");

        var notANumber = await SaveAsync(client, id, ("Input.Budget", "beaucoup"), ("Input.TargetJustification", "Mon texte tapé"), ("Input.Script", "Mon script tapé"));
        Assert.Equal(HttpStatusCode.OK, notANumber.StatusCode);
        var page = await notANumber.ReadDocumentAsync();
        Assert.Contains("« beaucoup » n'est pas un nombre", page.Text());
        Assert.Equal("beaucoup", page.QuerySelector("input[name='Input.Budget']")!.GetAttribute("value"));
        Assert.Equal("Mon texte tapé", page.QuerySelector("textarea[name='Input.TargetJustification']")!.TextContent.Trim());
        Assert.Equal("Mon script tapé", page.QuerySelector("textarea[name='Input.Script']")!.TextContent.Trim());

        var negative = await SaveAsync(client, id, ("Input.Budget", "-5"));
        Assert.Equal(HttpStatusCode.OK, negative.StatusCode);
        Assert.Contains("Le budget est un montant positif ou nul", await negative.TextAsync());

        var tooLong = await SaveAsync(client, id, ("Input.Script", new string('a', 8001)));
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("Plan d'appel : 8 000 caractères au plus.", await tooLong.TextAsync());

        var halfLetter = await SaveAsync(client, id, ("Input.MailSubject", ""), ("Input.MailBody", "Un texte sans objet"));
        Assert.Contains("La lettre a besoin d'un objet et d'un texte", await halfLetter.TextAsync());

        var unknownField = await SaveAsync(client, id, ("Input.MailBody", "Bonjour {surnom},"));
        Assert.Contains("Le champ de fusion {surnom} n'existe pas.", await unknownField.TextAsync());

        Assert.Null(await PlanAsync(id));
        Assert.Equal(0, await app.WithDbAsync(db => db.OperationPlanVersions.CountAsync(v => v.OperationId == id)));
    }

    [Fact]
    public async Task TextsEditedTwice_TwoVersions_TheOldOneReadable_ASameTextMakesNone()
    {
        var client = await app.AsAsync("eleve5");
        var id = await CreateAsync(client, "Phoning versions");

        (await SaveAsync(client, id, ("Input.Script", "Version un du plan d'appel"), ("Input.Arguments[0].Characteristic", "Intervention sous 4 h")))
            .AssertRedirectsTo($"/operations/{id}/plan");
        (await SaveAsync(client, id, ("Input.Script", "Version deux du plan d'appel"))).AssertRedirectsTo($"/operations/{id}/plan");
        (await SaveAsync(client, id)).AssertRedirectsTo($"/operations/{id}/plan");

        var versions = await app.WithDbAsync(db => db.OperationPlanVersions.Include(v => v.Author).Where(v => v.OperationId == id && v.Kind == PlanText.Script).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(["Version un du plan d'appel", "Version deux du plan d'appel"], versions.Select(v => v.Text));
        Assert.All(versions, v => Assert.Equal("eleve5", v.Author!.UserName));
        Assert.Equal("Version deux du plan d'appel", (await PlanAsync(id))!.Script);
        Assert.Equal(1, await app.WithDbAsync(db => db.OperationPlanVersions.CountAsync(v => v.OperationId == id && v.Kind == PlanText.Pitch)));

        var page = await client.GetDocumentAsync($"/operations/{id}/plan");
        Assert.Equal(3, page.QuerySelectorAll("#liste-versions tbody tr").Length);
        var old = await client.GetDocumentAsync($"/operations/{id}/plan/versions/{versions[0].Id}");
        Assert.Contains("Version un du plan d'appel", old.QuerySelector("#version-texte")!.TextContent);
        Assert.Contains("24/11/2026 10:30", old.QuerySelector("#version-info")!.TextContent);
    }

    [Fact]
    public async Task Phoning_ShowsTheStudentsScriptAndArgumentaire_InsteadOfTheScenarios()
    {
        var client = await app.AsAsync("eleve6");
        var id = await CreateAsync(client, "Phoning avec mon script");
        var before = await client.GetDocumentAsync($"/operations/{id}/phoning");
        Assert.NotNull(before.QuerySelector("#plan-appel-scenario"));
        Assert.NotNull(before.QuerySelector("#argumentaire-scenario"));

        await SaveAsync(client, id, ("Input.Script", "Bonjour, ici mon propre plan d'appel pour les cabinets."),
            ("Input.Arguments[0].Characteristic", "Copieur A+"), ("Input.Arguments[0].Advantage", "Facture d'énergie plus basse"), ("Input.Arguments[0].Proof", "Label énergie"));

        var after = await client.GetDocumentAsync($"/operations/{id}/phoning");
        Assert.Contains("Bonjour, ici mon propre plan d'appel pour les cabinets.", after.QuerySelector("#plan-appel-eleve")!.TextContent);
        Assert.Null(after.QuerySelector("#plan-appel-scenario"));
        Assert.Contains("Facture d'énergie plus basse", after.QuerySelector("#argumentaire-eleve")!.TextContent);
        Assert.Null(after.QuerySelector("#argumentaire-scenario"));
        Assert.NotEmpty(after.QuerySelectorAll("aside dl dt"));  // the scenario's objection grid stays
    }

    [Fact]
    public async Task MailMerge_SendsThePlansLetter_AndTheMailingPageSavesAVersionOfIt()
    {
        var client = await app.AsAsync("eleve7");
        var id = await CreateAsync(client, "E-mailing du plan", "Email", ("TargetStatus", "Suspect"));

        await SaveAsync(client, id, ("Input.MailSubject", "Mon offre pour {raison sociale}"), ("Input.MailBody", "{civilité} {nom},\n\nLe texte de mon plan.\n\n{signature}"));
        (await client.PostFormAsync($"/operations/{id}/publipostage/envoyer", [], $"/operations/{id}/publipostage")).AssertRedirectsTo($"/operations/{id}/publipostage");

        var messages = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.OperationId == id).ToListAsync());
        Assert.NotEmpty(messages);
        var prospects = await app.WithDbAsync(db => db.Prospects.Where(p => messages.Select(m => m.ProspectId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name));
        Assert.All(messages, m =>
        {
            Assert.Equal($"Mon offre pour {prospects[m.ProspectId!.Value]}", m.Subject);
            Assert.Contains("Le texte de mon plan.", m.BodyText);
        });

        (await client.PostFormAsync($"/operations/{id}/publipostage/modele", new() { ["Subject"] = "Objet revu", ["Body"] = "Texte revu {signature}" }, $"/operations/{id}/publipostage"))
            .AssertRedirectsTo($"/operations/{id}/publipostage");
        var letters = await app.WithDbAsync(db => db.OperationPlanVersions.Where(v => v.OperationId == id && v.Kind == PlanText.Letter).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal(["Mon offre pour {raison sociale}", "Objet revu"], letters.Select(v => v.Subject));
        Assert.Equal("Texte revu {signature}", (await client.GetDocumentAsync($"/operations/{id}/plan")).QuerySelector("textarea[name='Input.MailBody']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Access_OtherStudent404_OtherTeacher404_ClassTeacherReadsButCannotWrite()
    {
        var owner = await app.AsAsync("eleve8");
        var id = await CreateAsync(owner, "Plan privé");
        await SaveAsync(owner, id, ("Input.Script", "Script secret"));
        var versionId = await app.WithDbAsync(db => db.OperationPlanVersions.Where(v => v.OperationId == id).Select(v => v.Id).FirstAsync());
        var intruder = await app.AsAsync("eleve9");
        var teacher = await app.AsAsync("prof.martin");
        var otherTeacher = await app.AsAsync("prof.durand");
        var fields = new Dictionary<string, string> { ["Input.Script"] = "Écrit par un autre" };

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/operations/{id}/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/operations/{id}/plan/versions/{versionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/operations/{id}/plan", fields, "/operations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/operations/{id}/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/operations/{id}/plan/versions/{versionId}")).StatusCode);

        var read = await teacher.GetDocumentAsync($"/operations/{id}/plan");
        Assert.NotNull(read.QuerySelector("#lecture-seule"));
        Assert.Contains("Script secret", read.QuerySelector("textarea[name='Input.Script']")!.TextContent);
        Assert.Null(read.QuerySelector("#plan button[type=submit]"));
        Assert.Contains("Script secret", (await teacher.GetDocumentAsync($"/operations/{id}/plan/versions/{versionId}")).QuerySelector("#version-texte")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostFormAsync($"/operations/{id}/plan", fields, "/classes")).StatusCode);

        Assert.Equal("Script secret", (await PlanAsync(id))!.Script);
        Assert.Equal(1, await app.WithDbAsync(db => db.OperationPlanVersions.CountAsync(v => v.OperationId == id)));
    }

    [Fact]
    public async Task Demo_Eleve1sPhoningOperation_HasItsOwnPlanShownWhilePhoning()
    {
        var client = await app.AsAsync("eleve1");
        var ws = await app.WorkspaceOfAsync("eleve1");
        var plan = await app.WithDbAsync(db => db.OperationPlans.Include(p => p.Operation).SingleAsync(p => p.WorkspaceId == ws));
        Assert.Equal(ClasseCRM.Web.Domain.Contacting.Channel.Phone, plan.Operation!.Channel);
        Assert.False(string.IsNullOrWhiteSpace(plan.TargetJustification));
        Assert.False(string.IsNullOrWhiteSpace(plan.TechniqueJustification));
        Assert.StartsWith(OperationPlanStory.ScriptOpening, plan.Script, StringComparison.Ordinal);

        var phoning = await client.GetDocumentAsync($"/operations/{plan.OperationId}/phoning");
        Assert.Contains(OperationPlanStory.ScriptOpening, phoning.QuerySelector("#plan-appel-eleve")!.TextContent);
        Assert.Equal(3, (await client.GetDocumentAsync($"/operations/{plan.OperationId}/plan")).QuerySelectorAll("#liste-versions tbody tr").Length);
    }
}
