using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Features.Operations;

/// <summary>
/// A phoning session that follows a real one: call-backs come back into the queue when due, the reminder opens the call
/// form on its prospect, each call counts, a call is saved on the prospect the form showed and nowhere else.
/// </summary>
public sealed class PhoningSessionTests(PhoningSessionTests.App app) : IClassFixture<PhoningSessionTests.App>
{
    /// <summary>Tuesday 24/11/2026 at 10:30 in Paris, no job server; only the queue test moves the clock, by one hour (still inside the legal calling hours).</summary>
    public sealed class App : TestApp
    {
        public FakeTimeProvider FakeClock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));

        public App()
        {
            Clock = FakeClock;
            RunJobServer = false;
        }
    }


    /// <summary>A day to come at a time, in Paris, as a datetime-local field holds it.</summary>
    private string InDays(int days, int hour, int minute = 0) =>
        French.ToParis(app.FakeClock.GetUtcNow().UtcDateTime).Date.AddDays(days).AddHours(hour).AddMinutes(minute).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private static int Shown(IDocument page) => int.Parse(page.QuerySelector("input[name=ProspectId]")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"Pas de formulaire d'appel : {page.Text()}"), CultureInfo.InvariantCulture);

    /// <summary>« 1 prospect à appeler », « 12 prospects à appeler »: a real plural.</summary>
    private static string ToCall(int count) => count > 1 ? $"{count} prospects à appeler" : $"{count} prospect à appeler";

    private static string Remaining(IDocument page) => page.QuerySelector("span[role=status]")!.TextContent.Trim();

    private static async Task CallAsync(HttpClient client, int op, int prospect, string outcome, string? at = null)
    {
        var fields = new Dictionary<string, string> { ["ProspectId"] = $"{prospect}", ["Outcome"] = outcome, ["Notes"] = $"Appel {outcome}" };
        if (at is not null)
        {
            fields["FollowUpAt"] = at;
        }
        (await client.PostFormAsync($"/operations/{op}/phoning", fields)).AssertRedirectsTo($"/operations/{op}/phoning");
    }

    [Fact]
    public async Task CallBacks_ComeBackIntoTheQueueWhenDue_AheadOfProspectsNeverCalled()
    {
        var client = await app.AsAsync("eleve14");
        var op = await client.PlanPhoningAsync("Phoning avec rappels");
        var first = await client.GetDocumentAsync($"/operations/{op}/phoning");
        var a = Shown(first);
        var total = await app.WithDbAsync(db => db.OperationTargets.CountAsync(t => t.OperationId == op && !t.Excluded));
        Assert.Equal(ToCall(total), Remaining(first));

        await CallAsync(client, op, a, "DecisionMakerAbsent", InDays(0, 11));
        var second = await client.GetDocumentAsync($"/operations/{op}/phoning");
        var b = Shown(second);
        await CallAsync(client, op, b, "PitchedCallBack", InDays(0, 11, 15));

        // Not due yet: out of the queue, listed as coming back.
        var beforeDue = await client.GetDocumentAsync($"/operations/{op}/phoning");
        var c = Shown(beforeDue);
        Assert.DoesNotContain(c, new[] { a, b });
        Assert.Equal(ToCall(total - 2), Remaining(beforeDue));
        Assert.NotNull(beforeDue.QuerySelector($"#rappels-a-venir a[href='/operations/{op}/phoning?prospect={a}']"));
        Assert.NotNull(beforeDue.QuerySelector($"#rappels-a-venir a[href='/operations/{op}/phoning?prospect={b}']"));

        // An hour later (11:30): both call-backs are due, the earlier agreed time first, then the file resumes.
        app.FakeClock.Advance(TimeSpan.FromHours(1));
        var due = await client.GetDocumentAsync($"/operations/{op}/phoning");
        Assert.Equal(a, Shown(due));
        Assert.Equal(ToCall(total), Remaining(due));
        Assert.Contains("Rappel convenu pour le", due.QuerySelector("#rappel-du")!.TextContent);
        Assert.Contains("Décideur absent, à rappeler", due.QuerySelector("#appels-precedents")!.TextContent);
        Assert.Equal(b, Shown(await client.GetDocumentAsync($"/operations/{op}/phoning?apres={a}")));
        Assert.Equal(c, Shown(await client.GetDocumentAsync($"/operations/{op}/phoning?apres={b}")));

        // The call-back made: a RDV takes A out of the queue for good and closes its reminder; B's stays open.
        await CallAsync(client, op, a, "AppointmentMade", InDays(3, 14));
        var after = await client.GetDocumentAsync($"/operations/{op}/phoning");
        Assert.Equal(b, Shown(after));
        Assert.Equal(ToCall(total - 1), Remaining(after));
        var reminders = await app.WithDbAsync(db => db.Reminders.Where(r => r.OperationId == op && r.Kind == ReminderKind.CallBack).ToListAsync());
        Assert.Equal(ReminderStatus.Done, reminders.Single(r => r.ProspectId == a).Status);
        Assert.Equal(ReminderStatus.Open, reminders.Single(r => r.ProspectId == b).Status);

        // Three calls to two prospects: three calls émis.
        var funnel = (await client.GetDocumentAsync($"/operations/{op}/resultats")).QuerySelectorAll("#entonnoir tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["3", "3", "3", "2", "2", "1", "0"], funnel);
    }

    [Fact]
    public async Task CallBackReminder_LinkOpensTheCallFormOnThatProspect_OnlyForTheOperationsList()
    {
        var client = await app.AsAsync("eleve15");
        var ws = await app.WorkspaceOfAsync("eleve15");
        var op = await client.PlanPhoningAsync("Phoning lien de rappel");
        var a = Shown(await client.GetDocumentAsync($"/operations/{op}/phoning"));
        await CallAsync(client, op, a, "DecisionMakerAbsent", InDays(2, 11));
        var next = Shown(await client.GetDocumentAsync($"/operations/{op}/phoning"));

        var reminder = await app.WithDbAsync(db => db.Reminders.SingleAsync(r => r.OperationId == op && r.Kind == ReminderKind.CallBack));
        var link = $"/operations/{op}/phoning?prospect={a}";
        Assert.Equal(link, reminder.Link);
        Assert.NotNull((await client.GetDocumentAsync("/relances")).QuerySelector($"a[href='{link}']"));
        var opened = await client.GetDocumentAsync(link);
        Assert.Equal(a, Shown(opened));
        Assert.NotEqual(next, a);
        var name = await app.WithDbAsync(db => db.Prospects.Where(p => p.Id == a).Select(p => p.Name).SingleAsync());
        Assert.Contains(name, opened.QuerySelector("h2#prospect")!.TextContent);
        Assert.NotNull(opened.QuerySelector("input[name=Outcome][value=PitchedCallBack]"));

        // Called early from the reminder: argumenté, à rappeler moves the same reminder.
        await CallAsync(client, op, a, "PitchedCallBack", InDays(4, 9, 30));
        var moved = await app.WithDbAsync(db => db.Reminders.SingleAsync(r => r.OperationId == op && r.Kind == ReminderKind.CallBack));
        Assert.Equal(reminder.Id, moved.Id);
        Assert.Equal(French.FromParis(DateTime.Parse(InDays(4, 9, 30), CultureInfo.InvariantCulture)), moved.DueAtUtc);

        // A reminder already in the database (made before this version) links the same way.
        var other = await app.WithDbAsync(db => db.OperationTargets.Where(t => t.OperationId == op && !t.Excluded && t.ProspectId != a && t.ProspectId != next)
            .OrderBy(t => t.Position).Select(t => t.ProspectId).FirstAsync());
        await app.WithDbAsync(db =>
        {
            db.Reminders.Add(new Reminder { WorkspaceId = ws, Kind = ReminderKind.CallBack, Title = "Rappel d'avant", ProspectId = other, OperationId = op, DueAtUtc = new DateTime(2026, 12, 2, 9, 0, 0), CreatedAtUtc = new DateTime(2026, 11, 1) });
            return db.SaveChangesAsync();
        });
        var oldLink = (await client.GetDocumentAsync("/relances")).QuerySelectorAll("a").Single(x => x.TextContent == "Rappel d'avant").GetAttribute("href");
        Assert.Equal($"/operations/{op}/phoning?prospect={other}", oldLink);
        Assert.Equal(other, Shown(await client.GetDocumentAsync(oldLink!)));

        // Another student's prospect: the normal queue, with a French message.
        var foreign = await app.WithDbAsync(db => db.Prospects.IgnoreQueryFilters().Where(p => p.WorkspaceId != ws).Select(p => p.Id).FirstAsync());
        var refused = await client.GetDocumentAsync($"/operations/{op}/phoning?prospect={foreign}");
        Assert.Equal(next, Shown(refused));
        Assert.Contains("Ce prospect ne fait pas partie de la liste d'appels de cette opération", refused.QuerySelector("#avis")!.TextContent);

        // The teacher reads the page on that prospect, without a form; another student gets 404.
        var teacherPage = await (await app.AsAsync("prof.durand")).GetDocumentAsync(link);
        Assert.Contains(name, teacherPage.QuerySelector("h2#prospect")!.TextContent);
        Assert.Null(teacherPage.QuerySelector("input[name=ProspectId]"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve16")).GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task TwoCallsToOneProspect_AreTwoCallsDialledOnTheResultsPage()
    {
        var client = await app.AsAsync("eleve17");
        var op = await client.PlanPhoningAsync("Phoning deux appels");
        var a = Shown(await client.GetDocumentAsync($"/operations/{op}/phoning"));

        await CallAsync(client, op, a, "NoAnswer");
        Assert.NotEqual(a, Shown(await client.GetDocumentAsync($"/operations/{op}/phoning")));
        Assert.Equal(a, Shown(await client.GetDocumentAsync($"/operations/{op}/phoning?prospect={a}")));
        await CallAsync(client, op, a, "Gatekeeper");

        Assert.Equal(2, await app.WithDbAsync(db => db.CallLogs.CountAsync(c => c.OperationId == op && c.ProspectId == a)));
        var funnel = (await client.GetDocumentAsync($"/operations/{op}/resultats")).QuerySelectorAll("#entonnoir tbody tr")
            .ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[1].TextContent.Trim());
        Assert.Equal("2", funnel["Appels émis"]);
        Assert.Equal("2", funnel["Numéros valides"]);
        Assert.Equal("1", funnel["Appels aboutis"]);
    }

    [Fact]
    public async Task PitchedCallBack_CreatesTheCallBackReminder_AndTheTimelineLine()
    {
        var client = await app.AsAsync("eleve18");
        var op = await client.PlanPhoningAsync("Phoning argumenté à rappeler");
        var a = Shown(await client.GetDocumentAsync($"/operations/{op}/phoning"));
        var at = InDays(6, 16, 45);

        await CallAsync(client, op, a, "PitchedCallBack", at);

        var reminder = await app.WithDbAsync(db => db.Reminders.SingleAsync(r => r.OperationId == op && r.ProspectId == a));
        var name = await app.WithDbAsync(db => db.Prospects.Where(p => p.Id == a).Select(p => p.Name).SingleAsync());
        Assert.Equal(ReminderKind.CallBack, reminder.Kind);
        Assert.Equal(ReminderStatus.Open, reminder.Status);
        Assert.Equal(French.FromParis(DateTime.Parse(at, CultureInfo.InvariantCulture)), reminder.DueAtUtc);
        Assert.Equal($"Rappeler {name} — rappel convenu au téléphone", reminder.Title);
        Assert.Equal("Argumenté, à rappeler. Appel PitchedCallBack", reminder.Details);
        Assert.NotNull(reminder.JobId);
        var note = await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == a).OrderByDescending(n => n.Id).Select(n => n.Text).FirstAsync());
        Assert.StartsWith("Appel (Phoning argumenté à rappeler) : Argumenté, à rappeler. Suite prévue le ", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationError_ShowsTheSameProspectAgainWithWhatWasTyped_ThenSavesOnIt()
    {
        var client = await app.AsAsync("eleve19");
        var op = await client.PlanPhoningAsync("Phoning erreurs de saisie");
        var a = Shown(await client.GetDocumentAsync($"/operations/{op}/phoning"));
        var b = Shown(await client.GetDocumentAsync($"/operations/{op}/phoning?apres={a}"));
        async Task<IDocument> RefusedAsync(string outcome, string? at)
        {
            var fields = new Dictionary<string, string> { ["ProspectId"] = $"{b}", ["Outcome"] = outcome, ["Notes"] = "Rappeler après 14 h" };
            if (at is not null)
            {
                fields["FollowUpAt"] = at;
            }
            var response = await client.PostFormAsync($"/operations/{op}/phoning", fields, $"/operations/{op}/phoning?apres={a}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.ReadDocumentAsync();
            Assert.Equal(b, Shown(page));
            Assert.NotNull(page.QuerySelector($"input[name=Outcome][value={outcome}][checked]"));
            Assert.Equal("Rappeler après 14 h", page.QuerySelector("textarea[name=Notes]")!.TextContent);
            return page;
        }

        var missing = await RefusedAsync("DecisionMakerAbsent", null);
        Assert.Contains("Indiquez la date et l'heure du rappel convenu (« Décideur absent, à rappeler »).", missing.Text());
        var past = await RefusedAsync("PitchedCallBack", InDays(-1, 9));
        Assert.Contains("est déjà passée : indiquez une date à venir.", past.Text());
        Assert.Equal(InDays(-1, 9), past.QuerySelector("input[name=FollowUpAt]")!.GetAttribute("value"));
        var notExpected = await RefusedAsync("Gatekeeper", InDays(2, 9));
        Assert.Contains("« Barrage (pas d'accès au décideur) » ne prévoit pas de suite datée", notExpected.Text());
        Assert.Equal(0, await app.WithDbAsync(db => db.CallLogs.CountAsync(c => c.OperationId == op)));

        await CallAsync(client, op, b, "DecisionMakerAbsent", InDays(2, 9));

        var saved = await app.WithDbAsync(db => db.CallLogs.Where(c => c.OperationId == op).Select(c => c.ProspectId).ToListAsync());
        Assert.Equal([b], saved);
    }

    [Fact]
    public async Task PostedProspect_NotOnTheOperationsList_IsRefusedAndNothingSaved()
    {
        var client = await app.AsAsync("eleve20");
        var ws = await app.WorkspaceOfAsync("eleve20");
        var op = await client.PlanPhoningAsync("Phoning liste fermée");
        var newcomer = await app.WithDbAsync(async db =>
        {
            var p = new Prospect { WorkspaceId = ws, Kind = ProspectKind.Organisation, Name = "Arrivée Après Le Plan", PostalCode = "35000", City = "Rennes", Department = "35", Phone = "02 99 00 00 01" };
            p.RefreshSearchFields();
            db.Prospects.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var otherOperation = await client.PlanPhoningAsync("Phoning suivant");
        Assert.True(await app.WithDbAsync(db => db.OperationTargets.AnyAsync(t => t.OperationId == otherOperation && t.ProspectId == newcomer)));
        var foreign = await app.WithDbAsync(db => db.Prospects.IgnoreQueryFilters().Where(p => p.WorkspaceId != ws).Select(p => p.Id).FirstAsync());
        var a = Shown(await client.GetDocumentAsync($"/operations/{op}/phoning"));
        var contactOfAnother = await app.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().Where(c => c.ProspectId != a).Select(c => c.Id).FirstAsync());
        var notesBefore = await app.WithDbAsync(db => db.ProspectNotes.IgnoreQueryFilters().CountAsync());
        var foreignCallsBefore = await app.WithDbAsync(db => db.CallLogs.IgnoreQueryFilters().CountAsync(c => c.ProspectId == foreign));

        foreach (var prospect in new[] { newcomer, foreign, 0 })
        {
            var response = await client.PostFormAsync($"/operations/{op}/phoning", new() { ["ProspectId"] = $"{prospect}", ["Outcome"] = "Order", ["Notes"] = "Commande signée" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.ReadDocumentAsync();
            Assert.Contains(OperationService.NotInListMessage, page.Text());
            // What was typed for that prospect is not carried over to the company shown instead.
            Assert.Equal(a, Shown(page));
            Assert.Null(page.QuerySelector("input[name=Outcome][checked]"));
            Assert.Equal("", page.QuerySelector("textarea[name=Notes]")!.TextContent);
        }
        var wrongContact = await client.PostFormAsync($"/operations/{op}/phoning", new() { ["ProspectId"] = $"{a}", ["ContactId"] = $"{contactOfAnother}", ["Outcome"] = "NoAnswer" });
        Assert.Contains("Cet interlocuteur n'est pas un contact de ce prospect", await wrongContact.TextAsync());

        Assert.Equal(0, await app.WithDbAsync(db => db.CallLogs.IgnoreQueryFilters().CountAsync(c => c.OperationId == op)));
        Assert.Equal(foreignCallsBefore, await app.WithDbAsync(db => db.CallLogs.IgnoreQueryFilters().CountAsync(c => c.ProspectId == foreign)));
        Assert.Equal(notesBefore, await app.WithDbAsync(db => db.ProspectNotes.IgnoreQueryFilters().CountAsync()));
    }

    /// <summary>
    /// Issue 18: a company with one contact is called through that contact, preselected (it started on « — »); with
    /// several the student chooses; after an error the form keeps what was chosen (« — » included). Another student's
    /// session stays a 404.
    /// </summary>
    [Fact]
    public async Task CallForm_TheOnlyContactIsPreselected_SeveralAreChosen()
    {
        var client = await app.AsAsync("eleve21");
        var op = await client.PlanPhoningAsync("Phoning interlocuteurs");
        var (single, several) = await app.WithDbAsync(async db =>
        {
            var targets = db.OperationTargets.Where(t => t.OperationId == op && !t.Excluded).Select(t => t.ProspectId);
            var one = await db.Prospects.Where(p => targets.Contains(p.Id) && p.Contacts.Count == 1).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var two = await db.Prospects.Where(p => targets.Contains(p.Id) && p.Id != one).OrderBy(p => p.Id).FirstAsync();
            while (await db.Contacts.CountAsync(c => c.ProspectId == two.Id) < 2)
            {
                db.Contacts.Add(new Contact { WorkspaceId = two.WorkspaceId, ProspectId = two.Id, LastName = "Second", FirstName = "Interlocuteur", JobTitle = "Acheteur" });
                await db.SaveChangesAsync();
            }
            return (one, two.Id);
        });
        var onlyContact = await app.WithDbAsync(db => db.Contacts.Where(c => c.ProspectId == single).Select(c => c.Id).SingleAsync());
        static string? Selected(AngleSharp.Dom.IDocument page) => page.QuerySelector("#ContactId option[selected]")?.GetAttribute("value");

        var page = await client.GetDocumentAsync($"/operations/{op}/phoning?prospect={single}");
        Assert.Equal(single, Shown(page));
        Assert.Equal($"{onlyContact}", Selected(page));
        page = await client.GetDocumentAsync($"/operations/{op}/phoning?prospect={several}");
        Assert.Equal(several, Shown(page));
        Assert.Null(Selected(page));
        Assert.True(page.QuerySelectorAll("#ContactId option").Length >= 3);

        // The student chose « — » (someone else answered) and forgot the outcome: « — » stays chosen.
        var again = await client.PostFormAsync($"/operations/{op}/phoning", new() { ["ProspectId"] = $"{single}", ["ContactId"] = "", ["Notes"] = "Standard" });
        var form = await again.ReadDocumentAsync();
        Assert.Contains("Choisissez le résultat de l'appel.", form.Text());
        Assert.Equal(single, Shown(form));
        Assert.Null(Selected(form));

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve3")).GetAsync($"/operations/{op}/phoning?prospect={single}")).StatusCode);
    }
}
