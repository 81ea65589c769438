using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Workspaces;

/// <summary>« Aujourd'hui » on Tuesday 24/11/2026 at 10:30 in Paris: late first, then today's, with « Fait » / « Reporter ».</summary>
public sealed class TodayTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private async Task<int> ReminderAsync(HttpClient client, string title, string dueLocal)
    {
        (await client.PostFormAsync("/relances/nouvelle", new() { ["Title"] = title, ["DueAt"] = dueLocal, ["PastConfirmed"] = "true", ["Back"] = "/" }, "/relances"))
            .AssertRedirectsTo("/");
        return await app.WithDbAsync(db => db.Reminders.Where(r => r.Title == title).Select(r => r.Id).SingleAsync());
    }

    [Fact]
    public async Task Home_LateFirstThenToday_NothingFromTomorrow()
    {
        var client = await app.AsAsync("eleve5");
        await ReminderAsync(client, "Aujourd'hui : rappeler la boulangerie", "2026-11-24T16:00");
        await ReminderAsync(client, "Retard : envoyer le devis au garage", "2026-11-20T09:00");
        await ReminderAsync(client, "Retard du matin : confirmer le RDV", "2026-11-24T08:00");
        await ReminderAsync(client, "Demain : préparer la tournée", "2026-11-25T09:00");

        var home = await client.GetDocumentAsync("/");

        var late = home.QuerySelector("#en-retard")!.TextContent;
        var today = home.QuerySelector("#aujourdhui")!.TextContent;
        Assert.Contains("Retard : envoyer le devis au garage", late);
        Assert.Contains("Retard du matin : confirmer le RDV", late);
        Assert.True(late.IndexOf("Retard : envoyer", StringComparison.Ordinal) < late.IndexOf("Retard du matin", StringComparison.Ordinal));
        Assert.Contains("Aujourd'hui : rappeler la boulangerie", today);
        Assert.Contains("aujourd'hui à 16:00", today);
        Assert.DoesNotContain("Demain : préparer la tournée", home.Text());
        Assert.Null(home.QuerySelector("#rien-aujourdhui"));
    }

    [Fact]
    public async Task Home_Done_RemovesIt_AndComesBackHomeWithAConfirmation()
    {
        var client = await app.AsAsync("eleve6");
        var id = await ReminderAsync(client, "Relancer la mairie pour le devis", "2026-11-23T14:00");
        var form = (await client.GetDocumentAsync("/")).QuerySelector($"form[action='/relances/{id}/fait']")!;
        Assert.Equal("/", form.QuerySelector("input[name=retour]")!.GetAttribute("value"));

        var done = await client.PostFormAsync($"/relances/{id}/fait", new() { ["retour"] = "/" }, "/");

        done.AssertRedirectsTo("/");
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Relance faite.", home.Text());
        Assert.DoesNotContain("Relancer la mairie pour le devis", home.QuerySelector("#a-faire")!.ParentElement!.TextContent);
        Assert.Equal(ReminderStatus.Done, await app.WithDbAsync(db => db.Reminders.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Home_Snooze_MovesItToTomorrow_AndAnOutsideReturnIsIgnored()
    {
        var client = await app.AsAsync("eleve7");
        var id = await ReminderAsync(client, "Rappeler l'opticien", "2026-11-24T09:00");

        (await client.PostFormAsync($"/relances/{id}/reporter", new() { ["By"] = "1j", ["retour"] = "/" }, "/")).AssertRedirectsTo("/");

        Assert.Equal(new DateTime(2026, 11, 25, 9, 30, 0), await app.WithDbAsync(db => db.Reminders.Where(r => r.Id == id).Select(r => r.DueAtUtc).SingleAsync()));
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Relance reportée.", home.Text());
        Assert.DoesNotContain("Rappeler l'opticien", home.QuerySelector("#a-faire")!.ParentElement!.TextContent);
        var other = await ReminderAsync(client, "Rappeler le fleuriste", "2026-11-24T09:00");
        (await client.PostFormAsync($"/relances/{other}/fait", new() { ["retour"] = "https://pirate.example/" }, "/")).AssertRedirectsTo("/relances");
    }

    [Fact]
    public async Task Home_ListsTodaysRdvAndTheVisitsWithoutReport()
    {
        var client = await app.AsAsync("eleve8");
        var ws = await app.WorkspaceOfAsync("eleve8");
        var (operation, prospects) = await app.WithDbAsync(async db => (
            await db.Operations.Where(o => o.WorkspaceId == ws).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(),
            await db.Prospects.Where(p => p.WorkspaceId == ws).OrderByDescending(p => p.Id).Take(3).Select(p => new { p.Id, p.Name }).ToListAsync()));
        await app.WithDbAsync(async db =>
        {
            db.CallLogs.Add(new CallLog
            {
                WorkspaceId = ws, OperationId = operation, ProspectId = prospects[0].Id, Outcome = CallOutcome.AppointmentMade,
                CalledAtUtc = new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc), FollowUpAtUtc = new DateTime(2026, 11, 24, 14, 0, 0, DateTimeKind.Utc),
            });
            db.Visits.Add(new Visit { WorkspaceId = ws, OperationId = operation, ProspectId = prospects[1].Id, PlannedOn = new DateOnly(2026, 11, 24), RouteOrder = 1 });
            db.Visits.Add(new Visit { WorkspaceId = ws, OperationId = operation, ProspectId = prospects[2].Id, PlannedOn = new DateOnly(2026, 11, 19), RouteOrder = 2 });
            return await db.SaveChangesAsync();
        });

        var home = await client.GetDocumentAsync("/");

        var today = home.QuerySelector("#aujourdhui")!;
        Assert.Contains($"Rendez-vous avec {prospects[0].Name}", today.TextContent);
        Assert.Contains("aujourd'hui à 15:00", today.TextContent);
        Assert.Contains($"Visite chez {prospects[1].Name}", today.TextContent);
        var lateVisit = home.QuerySelectorAll("#en-retard li").Single(li => li.TextContent.Contains($"Visite chez {prospects[2].Name}"));
        Assert.Contains("prévue le 19/11/2026", lateVisit.TextContent);
        Assert.NotNull(lateVisit.QuerySelector($"a[href^='/operations/{operation}/visites/']"));
    }

    [Fact]
    public async Task Access_TeacherReadsWithoutButtons_OtherTeacher404_OtherStudentCannotCloseIt()
    {
        var owner = await app.AsAsync("eleve9");
        var id = await ReminderAsync(owner, "Relance d'eleve9 en retard", "2026-11-22T09:00");
        var ws = await app.WorkspaceOfAsync("eleve9");

        var teacherView = await (await app.AsAsync("prof.martin")).GetDocumentAsync($"/espaces/{ws}");
        Assert.Contains("Relance d'eleve9 en retard", teacherView.QuerySelector("#en-retard")!.TextContent);
        Assert.Null(teacherView.QuerySelector($"form[action='/relances/{id}/fait']"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).GetAsync($"/espaces/{ws}")).StatusCode);
        var intruder = await app.AsAsync("eleve10");
        Assert.DoesNotContain("Relance d'eleve9", (await intruder.GetDocumentAsync("/")).Text());
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/relances/{id}/fait", new() { ["retour"] = "/" }, "/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/relances/{id}/reporter", new() { ["By"] = "1j", ["retour"] = "/" }, "/")).StatusCode);
        Assert.Equal(ReminderStatus.Open, await app.WithDbAsync(db => db.Reminders.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task TeacherHome_LinksTheToDoList()
    {
        var page = await (await app.AsAsync("prof.martin")).GetDocumentAsync("/classes");

        Assert.NotNull(page.QuerySelector("#resume-a-traiter a[href='/a-traiter']"));
    }
}
