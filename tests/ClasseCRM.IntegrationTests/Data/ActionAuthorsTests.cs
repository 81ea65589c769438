using System.Globalization;
using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Data;

/// <summary>
/// Binômes without losing the individual (issue 16): in a workspace of two students, each action records the member
/// who made it — calls, letters sent, visit reports, quotes and orders, timeline notes — and the pages show
/// « par Prénom Nom ». A student of another workspace sees none of it.
/// </summary>
public sealed class ActionAuthorsTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    /// <summary>A binôme of prof.durand's class: its id, and each member's user name, account id and « Prénom Nom ».</summary>
    private sealed record Binome(int Workspace, Member First, Member Second);

    private sealed record Member(string UserName, string Id, string Name);

    private Task<Binome> BinomeAsync(int skip) => app.WithDbAsync(async db =>
    {
        var w = await db.Workspaces.Where(w => w.Members.Count == 2).OrderBy(w => w.Id).Skip(skip)
            .Select(w => new { w.Id, Members = w.Members.OrderBy(m => m.Id).Select(m => new Member(m.Student!.UserName!, m.StudentId, m.Student.FirstName + " " + m.Student.LastName)).ToList() })
            .FirstAsync();
        return new Binome(w.Id, w.Members[0], w.Members[1]);
    });

    private static async Task<int> NewOperationAsync(HttpClient client, string name, string channel, string? targetStatus = null)
    {
        var form = new Dictionary<string, string>
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
        if (targetStatus is not null)
        {
            form["TargetStatus"] = targetStatus;
        }
        var response = await client.PostFormAsync("/operations/nouvelle", form);
        response.AssertRedirectsTo("/operations/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    /// <summary>Organisations of the operation's list (no consent or calling-hours rule for a business call).</summary>
    private Task<List<int>> BusinessTargetsAsync(int operationId) => app.WithDbAsync(db =>
        db.OperationTargets.Where(t => t.OperationId == operationId && !t.Excluded && t.Prospect!.Kind == ProspectKind.Organisation && !t.Prospect.PhoneOpposition)
            .OrderBy(t => t.Position).Select(t => t.ProspectId).ToListAsync());

    [Fact]
    public async Task Calls_EachMemberOfTheBinome_IsRecordedAndShown_AnotherWorkspaceSeesNothing()
    {
        var b = await BinomeAsync(0);
        var first = await app.AsAsync(b.First.UserName);
        var second = await app.AsAsync(b.Second.UserName);
        var op = await NewOperationAsync(first, "Phoning en binôme", "Phone");
        var targets = await BusinessTargetsAsync(op);

        (await first.PostFormAsync($"/operations/{op}/phoning", new() { ["ProspectId"] = $"{targets[0]}", ["Outcome"] = "RefusedBeforePitch" })).AssertRedirectsTo($"/operations/{op}/phoning");
        (await second.PostFormAsync($"/operations/{op}/phoning", new() { ["ProspectId"] = $"{targets[1]}", ["Outcome"] = "AppointmentMade", ["FollowUpAt"] = "2026-11-30T10:00" }))
            .AssertRedirectsTo($"/operations/{op}/phoning");

        var authors = await app.WithDbAsync(db => db.CallLogs.Where(c => c.OperationId == op).ToDictionaryAsync(c => c.ProspectId, c => c.AuthorId));
        Assert.Equal(b.First.Id, authors[targets[0]]);
        Assert.Equal(b.Second.Id, authors[targets[1]]);
        // The timeline line written with the call is signed by the same member.
        Assert.Equal(b.Second.Id, await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == targets[1]).OrderByDescending(n => n.Id).Select(n => n.AuthorId).FirstAsync()));

        var history = (await (await app.AsAsync("prof.durand")).GetDocumentAsync($"/operations/{op}/phoning")).QuerySelector("#derniers-appels")!.TextContent;
        Assert.Contains($"par {b.First.Name}", history);
        Assert.Contains($"par {b.Second.Name}", history);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve1")).GetAsync($"/operations/{op}/phoning")).StatusCode);
    }

    [Fact]
    public async Task MailingSends_EachMemberSendsTheirOwnMailing_EachLetterRecordsItsSender()
    {
        var b = await BinomeAsync(1);
        var first = await app.AsAsync(b.First.UserName);
        var second = await app.AsAsync(b.Second.UserName);
        var ops = new List<int>();
        foreach (var (client, name) in new[] { (first, "Courrier de la première"), (second, "Courrier du second") })
        {
            var op = await NewOperationAsync(client, name, "Mail", "Prospect");
            (await client.PostFormAsync($"/operations/{op}/publipostage/modele", new() { ["Subject"] = "Pour {raison sociale}", ["Body"] = "{civilité} {nom},\n\nNotre offre.\n\n{signature}" }, $"/operations/{op}/publipostage"))
                .AssertRedirectsTo($"/operations/{op}/publipostage");
            (await client.PostFormAsync($"/operations/{op}/publipostage/envoyer", [], $"/operations/{op}/publipostage")).AssertRedirectsTo($"/operations/{op}/publipostage");
            ops.Add(op);
        }

        var sends = await app.WithDbAsync(db => db.MailingSends.Where(s => ops.Contains(s.OperationId)).Select(s => new { s.OperationId, s.AuthorId }).ToListAsync());
        Assert.Contains(sends, s => s.OperationId == ops[0]);
        Assert.Contains(sends, s => s.OperationId == ops[1]);
        Assert.All(sends.Where(s => s.OperationId == ops[0]), s => Assert.Equal(b.First.Id, s.AuthorId));
        Assert.All(sends.Where(s => s.OperationId == ops[1]), s => Assert.Equal(b.Second.Id, s.AuthorId));
        var page = (await (await app.AsAsync("prof.durand")).GetDocumentAsync($"/operations/{ops[1]}/publipostage")).Text();
        Assert.Contains($"par {b.Second.Name}", page);
        Assert.DoesNotContain($"par {b.First.Name}", page);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve1")).GetAsync($"/operations/{ops[0]}/publipostage")).StatusCode);
    }

    [Fact]
    public async Task Visits_TheMemberWhoWritesTheReportIsTheAuthor_NotTheOneWhoPlannedTheTour()
    {
        var b = await BinomeAsync(2);
        var first = await app.AsAsync(b.First.UserName);
        var second = await app.AsAsync(b.Second.UserName);
        var op = await NewOperationAsync(first, "Tournée en binôme", "Visit");
        (await first.PostFormAsync($"/operations/{op}/tournee", new() { ["FirstDay"] = "2026-11-24", ["VisitsPerDay"] = "3", ["Method"] = "ByTown" })).AssertRedirectsTo($"/operations/{op}/tournee");
        var visits = await app.WithDbAsync(db => db.Visits.Where(v => v.OperationId == op).OrderBy(v => v.Id).Select(v => v.Id).ToListAsync());
        Assert.True(visits.Count >= 3);
        Assert.Empty(await app.WithDbAsync(db => db.Visits.Where(v => v.OperationId == op && v.AuthorId != null).ToListAsync()));   // planning is not visiting

        foreach (var (client, visit) in new[] { (second, visits[0]), (first, visits[1]) })
        {
            var url = $"/operations/{op}/visites/{visit}";
            (await client.PostFormAsync($"{url}/compte-rendu", new() { ["Report.VisitedOn"] = "2026-11-24", ["Report.Interlocutor"] = "La gérante", ["Report.Result"] = "Refusal", ["Report.Expenses"] = "0" }, url))
                .AssertRedirectsTo(url);
        }
        // The first member corrects the second's report: the visit stays the second's.
        var corrected = $"/operations/{op}/visites/{visits[0]}";
        (await first.PostFormAsync($"{corrected}/compte-rendu", new() { ["Report.VisitedOn"] = "2026-11-24", ["Report.Interlocutor"] = "Le gérant", ["Report.Result"] = "Refusal", ["Report.Expenses"] = "0" }, corrected))
            .AssertRedirectsTo(corrected);

        var authors = await app.WithDbAsync(db => db.Visits.Where(v => v.OperationId == op).ToDictionaryAsync(v => v.Id, v => v.AuthorId));
        Assert.Equal(b.Second.Id, authors[visits[0]]);
        Assert.Equal(b.First.Id, authors[visits[1]]);
        Assert.Null(authors[visits[2]]);
        var teacher = await app.AsAsync("prof.durand");
        Assert.Contains($"par {b.Second.Name}", (await teacher.GetDocumentAsync(corrected)).QuerySelector("#compte-rendu")!.TextContent);
        var tour = (await teacher.GetDocumentAsync($"/operations/{op}/tournee")).Text();
        Assert.Contains($"par {b.First.Name}", tour);
        Assert.Contains($"par {b.Second.Name}", tour);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve1")).GetAsync(corrected)).StatusCode);
    }

    [Fact]
    public async Task Orders_EachMemberWritesOne_TheAuthorStaysWhenTheOtherMovesIt()
    {
        var b = await BinomeAsync(3);
        var first = await app.AsAsync(b.First.UserName);
        var second = await app.AsAsync(b.Second.UserName);
        var product = await app.WithDbAsync(db => db.ScenarioProducts.Where(p => p.Reference == "FRO-STM" && db.Scenarios.Any(s => s.Id == p.ScenarioId && s.OwnerId == null)).Select(p => p.Id).FirstAsync());
        var clients = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == b.Workspace && p.Kind == ProspectKind.Organisation && p.Status == ProspectStatus.Prospect)
            .OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync());
        var ids = new List<int>();
        foreach (var (client, prospect, isOrder) in new[] { (first, clients[0], "false"), (second, clients[1], "true") })
        {
            var type = isOrder == "true" ? "commande" : "devis";
            var response = await client.PostFormAsync("/commandes/nouveau", new()
            {
                ["IsOrder"] = isOrder,
                ["ProspectId"] = $"{prospect}",
                ["PaymentTermDays"] = "30",
                ["Lines[0].ProductId"] = $"{product}",
                ["Lines[0].Quantity"] = "2",
            }, $"/commandes/nouveau?type={type}");
            response.AssertRedirectsTo("/commandes/");
            ids.Add(int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture));
        }
        // The second member sends the first's quote: it stays the first's.
        (await second.PostFormAsync($"/commandes/{ids[0]}/etape", new() { ["To"] = "QuoteSent", ["On"] = "2026-11-24" }, $"/commandes/{ids[0]}")).AssertRedirectsTo($"/commandes/{ids[0]}");

        var orders = await app.WithDbAsync(db => db.Orders.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => new { o.AuthorId, o.Status }));
        Assert.Equal(OrderStatus.QuoteSent, orders[ids[0]].Status);
        Assert.Equal(b.First.Id, orders[ids[0]].AuthorId);
        Assert.Equal(b.Second.Id, orders[ids[1]].AuthorId);
        var teacher = await app.AsAsync("prof.durand");
        Assert.Equal($"par {b.First.Name}", (await teacher.GetDocumentAsync($"/commandes/{ids[0]}")).QuerySelector("#auteur")!.TextContent);
        Assert.Equal($"par {b.Second.Name}", (await teacher.GetDocumentAsync($"/commandes/{ids[1]}")).QuerySelector("#auteur")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve1")).GetAsync($"/commandes/{ids[1]}")).StatusCode);
    }

    [Fact]
    public async Task Notes_EachMemberSignsTheirs_OldLinesWithoutAuthorAreNotGuessed()
    {
        var b = await BinomeAsync(4);
        var prospect = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == b.Workspace).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var old = await app.WithDbAsync(async db =>
        {
            var note = ProspectNote.Event(b.Workspace, prospect, "Ligne d'avant les binômes.", "", new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc));
            db.ProspectNotes.Add(note);
            await db.SaveChangesAsync();
            return note.Id;
        });
        foreach (var m in new[] { b.First, b.Second })
        {
            (await (await app.AsAsync(m.UserName)).PostFormAsync($"/prospects/{prospect}/notes", new() { ["texte"] = $"Note de {m.Name}" }, $"/prospects/{prospect}"))
                .AssertRedirectsTo($"/prospects/{prospect}");
        }

        var notes = await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == prospect).ToDictionaryAsync(n => n.Id, n => new { n.Text, n.AuthorId, n.AuthorName }));
        Assert.Equal(b.First.Id, notes.Values.Single(n => n.Text == $"Note de {b.First.Name}").AuthorId);
        Assert.Equal(b.Second.Id, notes.Values.Single(n => n.Text == $"Note de {b.Second.Name}").AuthorId);
        Assert.Equal(b.Second.Name, notes.Values.Single(n => n.Text == $"Note de {b.Second.Name}").AuthorName);
        Assert.Null(notes[old].AuthorId);
        var page = (await (await app.AsAsync("prof.durand")).GetDocumentAsync($"/prospects/{prospect}")).Text();
        Assert.Contains($"— par {b.First.Name}", page);
        Assert.Contains($"— par {b.Second.Name}", page);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve1")).GetAsync($"/prospects/{prospect}")).StatusCode);
    }

    [Fact]
    public async Task DeletedAccount_ItsActionsStay_WithoutAuthor()
    {
        var b = await BinomeAsync(5);
        var client = await app.AsAsync(b.Second.UserName);
        var prospect = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == b.Workspace).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        (await client.PostFormAsync($"/prospects/{prospect}/notes", new() { ["texte"] = "Note avant départ" }, $"/prospects/{prospect}")).AssertRedirectsTo($"/prospects/{prospect}");
        Assert.Equal(b.Second.Id, await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == prospect && n.Text == "Note avant départ").Select(n => n.AuthorId).SingleAsync()));

        await app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == b.Second.Id).ExecuteDeleteAsync();
            return 0;
        });

        var note = await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == prospect && n.Text == "Note avant départ").Select(n => new { n.AuthorId, n.AuthorName }).SingleAsync());
        Assert.Null(note.AuthorId);
        Assert.Equal(b.Second.Name, note.AuthorName);
    }
}
