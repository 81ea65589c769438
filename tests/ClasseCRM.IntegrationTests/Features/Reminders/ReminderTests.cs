using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Features.Reminders;
using Hangfire;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Features.Reminders;

/// <summary>Reminders through HTTP and the jobs: rules, firing once, snooze/done/cancel, digest, calendar feed, access.</summary>
public sealed class ReminderTests(ReminderTests.App app) : IClassFixture<ReminderTests.App>
{
    /// <summary>Tuesday 24 November 2026, 10:30 in Paris. No job server: the tests run the jobs themselves, on this clock.</summary>
    public sealed class App : TestApp
    {
        public FakeTimeProvider FakeClock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));

        public App()
        {
            Clock = FakeClock;
            RunJobServer = false;
        }
    }

    private static readonly DateTime Now = new(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc);

    private Task<List<Reminder>> RemindersAsync(string student) => app.WithDbAsync(async db =>
    {
        var ws = await db.Workspaces.Where(w => w.Members.Any(m => m.Student!.UserName == student)).Select(w => w.Id).FirstAsync();
        return await db.Reminders.Where(r => r.WorkspaceId == ws).ToListAsync();
    });

    private async Task<int> ManualAsync(HttpClient client, string title, string dueLocal)
    {
        (await client.PostFormAsync("/relances/nouvelle", new() { ["Title"] = title, ["DueAt"] = dueLocal, ["PastConfirmed"] = "true", ["Back"] = "/relances" }, "/relances")).AssertRedirectsTo("/relances");
        return await app.WithDbAsync(db => db.Reminders.Where(x => x.Title == title).Select(x => x.Id).SingleAsync());
    }

    [Fact]
    public async Task Phoning_CallBackAtTheAgreedTime_AppointmentTheDayBefore()
    {
        var client = await app.AsAsync("eleve2");
        var created = await client.PostFormAsync("/operations/nouvelle", new()
        {
            ["Name"] = "Phoning relances",
            ["Channel"] = "Phone",
            ["StartDate"] = "2026-11-24",
            ["EndDate"] = "2026-12-04",
            ["ObjectiveContacts"] = "1",
            ["ObjectiveAppointments"] = "1",
            ["ObjectiveOrders"] = "0",
            ["ObjectiveRevenue"] = "0",
        });
        var op = created.Headers.Location!.OriginalString.Split('/').Last();
        async Task CallAsync(string outcome, string at)
        {
            var prospect = (await client.GetDocumentAsync($"/operations/{op}/phoning")).QuerySelector("input[name=ProspectId]")!.GetAttribute("value")!;
            (await client.PostFormAsync($"/operations/{op}/phoning", new() { ["ProspectId"] = prospect, ["Outcome"] = outcome, ["FollowUpAt"] = at })).AssertRedirectsTo($"/operations/{op}/phoning");
        }

        await CallAsync("DecisionMakerAbsent", "2026-11-26T10:15");
        await CallAsync("AppointmentMade", "2026-12-01T14:00");

        var reminders = await RemindersAsync("eleve2");
        var callBack = reminders.Single(r => r.Kind == ReminderKind.CallBack && r.OperationId == int.Parse(op));
        Assert.Equal(new DateTime(2026, 11, 26, 9, 15, 0), callBack.DueAtUtc);      // 10:15 Paris
        var rdv = reminders.Single(r => r.Kind == ReminderKind.AppointmentTomorrow && r.OperationId == int.Parse(op));
        Assert.Equal(new DateTime(2026, 11, 30, 13, 0, 0), rdv.DueAtUtc);           // 24 h before 14:00 Paris
        Assert.EndsWith("— le 01/12/2026 à 14:00", rdv.Title);
        Assert.NotNull(rdv.JobId);
    }

    [Fact]
    public async Task Order_EachStepOpensMovesAndClosesItsReminders()
    {
        var client = await app.AsAsync("eleve3");
        var ws = await app.WorkspaceOfAsync("eleve3");
        var (prospect, product) = await app.WithDbAsync(async db => (
            await db.Prospects.Where(p => p.WorkspaceId == ws && p.Kind == ProspectKind.Organisation).Select(p => p.Id).FirstAsync(),
            await db.ScenarioProducts.Where(x => x.Reference == "PAP-A4" && db.Scenarios.Any(s => s.Id == x.ScenarioId && s.OwnerId == null)).Select(x => x.Id).FirstAsync()));
        var form = new Dictionary<string, string>
        {
            ["ProspectId"] = $"{prospect}",
            ["IsOrder"] = "false",
            ["PaymentTermDays"] = "45",
            ["PaymentTermEndOfMonth"] = "true",
            ["Lines[0].ProductId"] = $"{product}",
            ["Lines[0].Quantity"] = "10",
            ["ExpectedDeliveryOn"] = "2026-11-30",
            ["ExpectedInstallationOn"] = "2026-12-05",
        };
        var id = int.Parse((await client.PostFormAsync("/commandes/nouveau", form, "/commandes/nouveau?type=devis")).Headers.Location!.OriginalString.Split('/').Last());
        async Task StepAsync(string to, string on) =>
            (await client.PostFormAsync($"/commandes/{id}/etape", new() { ["To"] = to, ["On"] = on }, $"/commandes/{id}")).AssertRedirectsTo($"/commandes/{id}");
        Reminder? Of(List<Reminder> all, string suffix) => all.SingleOrDefault(r => r.SourceKey == $"order:{id}:{suffix}");

        await StepAsync("QuoteSent", "2026-11-24");
        Assert.Equal(new DateTime(2026, 12, 1, 8, 0, 0), Of(await RemindersAsync("eleve3"), "quote")!.DueAtUtc);   // 7 days later, 09:00 Paris

        await StepAsync("Accepted", "2026-11-25");
        await StepAsync("Confirmed", "2026-11-25");
        var afterConfirm = await RemindersAsync("eleve3");
        Assert.Equal(ReminderStatus.Done, Of(afterConfirm, "quote")!.Status);
        var delivery = Of(afterConfirm, "delivery")!;
        Assert.Equal(new DateTime(2026, 12, 1, 8, 0, 0), delivery.DueAtUtc);                               // the day after 30/11: month end
        Assert.Equal(new DateTime(2026, 12, 5, 8, 0, 0), Of(afterConfirm, "installation")!.DueAtUtc);

        form["ExpectedDeliveryOn"] = "2026-12-03";
        (await client.PostFormAsync($"/commandes/{id}/modifier", form, $"/commandes/{id}/modifier")).AssertRedirectsTo($"/commandes/{id}");
        var moved = Of(await RemindersAsync("eleve3"), "delivery")!;
        Assert.Equal(new DateTime(2026, 12, 4, 8, 0, 0), moved.DueAtUtc);
        Assert.NotEqual(delivery.JobId, moved.JobId);
        var storage = app.Services.GetRequiredService<JobStorage>();
        Assert.Equal("Deleted", storage.GetConnection().GetStateData(delivery.JobId!)!.Name);
        Assert.Equal("Scheduled", storage.GetConnection().GetStateData(moved.JobId!)!.Name);

        await StepAsync("Delivered", "2026-12-03");
        await StepAsync("Invoiced", "2026-12-17");
        var invoiced = await RemindersAsync("eleve3");
        Assert.Equal(ReminderStatus.Done, Of(invoiced, "delivery")!.Status);
        Assert.Equal(new DateTime(2026, 12, 10, 8, 0, 0), Of(invoiced, "satisfaction")!.DueAtUtc);         // 7 days after delivery
        Assert.Equal(new DateTime(2027, 1, 31, 8, 0, 0), Of(invoiced, "payment")!.DueAtUtc);              // 17/12 + 45 days = 31/01, end of month
        var overdue = Of(invoiced, "overdue")!;
        Assert.Equal(new DateTime(2027, 2, 1, 8, 0, 0), overdue.DueAtUtc);
        Assert.Contains("40 €", overdue.Details);

        var ttc = await app.WithDbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.TotalInclVat).SingleAsync());
        (await client.PostFormAsync($"/commandes/{id}/paiements", new() { ["Amount"] = ttc.ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), ["PaidOn"] = "2027-01-20", ["Method"] = "Virement" }, $"/commandes/{id}"))
            .AssertRedirectsTo($"/commandes/{id}");
        var paid = await RemindersAsync("eleve3");
        Assert.Equal(ReminderStatus.Done, Of(paid, "payment")!.Status);
        Assert.Equal(ReminderStatus.Done, Of(paid, "overdue")!.Status);
    }

    [Fact]
    public async Task Firing_JobTwiceAndSweep_OneNotificationAndOneMail()
    {
        var client = await app.AsAsync("eleve4");
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "eleve4");
            user.Email = "eleve4@lycee-demo.example";
            user.RemindersByMail = true;
            return await db.SaveChangesAsync();
        });
        var later = await ManualAsync(client, "Pas encore l'heure", "2026-11-24T11:00");
        var id = await ManualAsync(client, "Rappeler le gérant de la pharmacie", "2026-11-24T10:00");
        Assert.Equal(new DateTime(2026, 11, 24, 9, 0, 0), await app.WithDbAsync(db => db.Reminders.Where(r => r.Id == id).Select(r => r.DueAtUtc).SingleAsync()));

        var results = new List<bool>();
        await app.RunAsync<FireReminderJob>(async job => results.Add(await job.FireAsync(later, CancellationToken.None)));   // 11:00 is not due at 10:30
        await app.RunAsync<FireReminderJob>(async job => results.Add(await job.FireAsync(id, CancellationToken.None)));
        await app.RunAsync<FireReminderJob>(async job => results.Add(await job.FireAsync(id, CancellationToken.None)));
        await app.RunAsync<SweepRemindersJob>(job => job.RunAsync(CancellationToken.None));

        Assert.Equal([false, true, false], results);
        Assert.Null(await app.WithDbAsync(db => db.Reminders.Where(r => r.Id == later).Select(r => r.FiredAtUtc).SingleAsync()));
        Assert.NotNull(await app.WithDbAsync(db => db.Reminders.Where(r => r.Id == id).Select(r => r.FiredAtUtc).SingleAsync()));
        var mails = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject == "Relance : Rappeler le gérant de la pharmacie").ToListAsync());
        var mail = Assert.Single(mails);
        Assert.Equal("eleve4@lycee-demo.example", mail.ToAddress);
        Assert.StartsWith($"relance-{id}-", mail.MessageId);
    }

    [Fact]
    public async Task SnoozeDoneCancel_ThroughTheList_AndTheCounter()
    {
        var client = await app.AsAsync("eleve5");
        var late = await ManualAsync(client, "Relance en retard", "2026-11-23T09:00");
        var snoozed = await ManualAsync(client, "Relance à reporter", "2026-11-24T08:00");
        var cancelled = await ManualAsync(client, "Relance à annuler", "2026-11-28T09:00");

        var page = await client.GetDocumentAsync("/relances");
        Assert.Contains("en retard", page.QuerySelector($"#r{late}")!.TextContent);
        Assert.DoesNotContain("@", page.QuerySelector("#compteur-relances")!.TextContent);
        var counter = int.Parse(page.QuerySelector("#compteur-relances .badge")!.TextContent.Split(' ')[0]);
        Assert.True(counter >= 2);

        (await client.PostFormAsync($"/relances/{late}/fait", [], "/relances")).AssertRedirectsTo("/relances");
        (await client.PostFormAsync($"/relances/{snoozed}/reporter", new() { ["By"] = "1s" }, "/relances")).AssertRedirectsTo("/relances");
        (await client.PostFormAsync($"/relances/{cancelled}/annuler", [], "/relances")).AssertRedirectsTo("/relances");
        var past = await client.PostFormAsync($"/relances/{cancelled}/reporter", new() { ["By"] = "1j" }, "/relances");
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);

        var rows = await app.WithDbAsync(db => db.Reminders.Where(r => r.Id == late || r.Id == snoozed || r.Id == cancelled).ToDictionaryAsync(r => r.Id));
        Assert.Equal(ReminderStatus.Done, rows[late].Status);
        Assert.Equal(Now.AddDays(7), rows[snoozed].DueAtUtc);
        Assert.Equal(ReminderStatus.Cancelled, rows[cancelled].Status);
        Assert.Null(rows[cancelled].JobId);
        var after = await client.GetDocumentAsync("/relances");
        Assert.Equal(counter - 2, after.QuerySelector("#compteur-relances .badge") is { } b ? int.Parse(b.TextContent.Split(' ')[0]) : 0);
        Assert.Contains("Semaine du", (await client.GetDocumentAsync("/relances/semaine?du=2026-12-01")).Text());
        Assert.Contains("Relance à reporter", (await client.GetDocumentAsync("/relances/semaine?du=2026-12-01")).QuerySelector("#semaine")!.TextContent);
    }

    [Fact]
    public async Task Digest_DueTodayAndLate_OnceADay()
    {
        var client = await app.AsAsync("eleve6");
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "eleve6");
            user.Email = "eleve6@lycee-demo.example";
            user.RemindersByMail = true;
            return await db.SaveChangesAsync();
        });
        await ManualAsync(client, "Digest : en retard", "2026-11-20T09:00");
        await ManualAsync(client, "Digest : aujourd'hui", "2026-11-24T16:00");
        await ManualAsync(client, "Digest : demain", "2026-11-25T09:00");

        await app.RunAsync<DailyDigestJob>(job => job.SendDigestsAsync(CancellationToken.None));
        await app.RunAsync<DailyDigestJob>(job => job.SendDigestsAsync(CancellationToken.None));

        var digest = Assert.Single(await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == "eleve6@lycee-demo.example" && m.MessageId.StartsWith("resume-")).ToListAsync()));
        Assert.Contains("- Digest : en retard (prévu le 20/11/2026)", digest.BodyText);
        Assert.Contains("- 16:00 Digest : aujourd'hui", digest.BodyText);
        Assert.DoesNotContain("Digest : demain", digest.BodyText);
        Assert.StartsWith("Vos relances du mardi 24 novembre", digest.Subject);
    }

    [Fact]
    public async Task CalendarFeed_OneEventPerOpenReminder_InParisTime_TokenRequired()
    {
        var client = await app.AsAsync("eleve7");
        await ManualAsync(client, "Agenda : appeler Garage Martin", "2026-12-02T14:30");
        var settings = await client.GetDocumentAsync("/relances/reglages");
        var url = new Uri(settings.QuerySelector("#feed")!.GetAttribute("value")!);
        var anonymous = app.CreateBrowserlessClient();

        var response = await anonymous.GetAsync(url.PathAndQuery);

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var open = (await RemindersAsync("eleve7")).Where(r => r.Status == ReminderStatus.Open).ToList();
        Assert.Equal(open.Count, calendar.Events.Count);
        var e = calendar.Events.Single(x => x.Summary!.Contains("Agenda : appeler Garage Martin"));
        Assert.Equal("Europe/Paris", e.Start!.TzId);
        Assert.Equal(new DateTime(2026, 12, 2, 14, 30, 0), e.Start.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/relances/calendrier.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/relances/calendrier.ics?jeton=faux-jeton-de-vingt-caracteres")).StatusCode);

        (await client.PostFormAsync("/relances/reglages/jeton", [], "/relances/reglages")).AssertRedirectsTo("/relances/reglages");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Access_OtherStudent404_TeacherReadsOnly_OtherTeacher404()
    {
        var owner = await app.AsAsync("eleve8");
        var id = await ManualAsync(owner, "Relance privée", "2026-11-20T09:00");
        var ws = await app.WorkspaceOfAsync("eleve8");
        var intruder = await app.AsAsync("eleve9");
        var teacher = await app.AsAsync("prof.martin");
        var otherTeacher = await app.AsAsync("prof.durand");

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/relances/{id}/fait", [], "/relances")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/relances?espace={ws}")).StatusCode);
        Assert.DoesNotContain("Relance privée", (await intruder.GetDocumentAsync("/relances")).Text());
        var prospect = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).Select(p => p.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync("/relances/nouvelle", new() { ["Title"] = "x", ["DueAt"] = "2026-12-01T09:00", ["ProspectId"] = $"{prospect}" }, "/relances")).StatusCode);
        Assert.Contains("Relance privée", (await teacher.GetDocumentAsync($"/relances?espace={ws}")).Text());
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostFormAsync($"/relances/{id}/fait", [], "/classes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/relances?espace={ws}")).StatusCode);
        var classId = await app.ClassOfAsync("prof.martin");
        var row = (await teacher.GetDocumentAsync($"/classes/{classId}/relances")).QuerySelectorAll("#relances-classe tbody tr").Single(r => r.QuerySelector($"a[href='/relances?espace={ws}']") is not null);
        Assert.NotEqual("0", row.Children[1].TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/classes/{classId}/relances")).StatusCode);
        Assert.Equal(ReminderStatus.Open, await app.WithDbAsync(db => db.Reminders.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task ManualReminder_OnAProspect_AndBadInputKeepsTheText()
    {
        var client = await app.AsAsync("eleve10");
        var ws = await app.WorkspaceOfAsync("eleve10");
        var prospect = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).Select(p => p.Id).FirstAsync());

        var missing = await client.PostFormAsync("/relances/nouvelle", new() { ["Title"] = "Envoyer la brochure", ["ProspectId"] = $"{prospect}", ["Back"] = $"/prospects/{prospect}" }, $"/prospects/{prospect}");
        missing.AssertRedirectsTo($"/prospects/{prospect}");
        var again = await client.GetDocumentAsync($"/prospects/{prospect}");
        Assert.Contains("Indiquez la date et l'heure de la relance.", again.Text());
        Assert.Equal("Envoyer la brochure", again.QuerySelector("#reminder-title")!.GetAttribute("value"));

        (await client.PostFormAsync("/relances/nouvelle", new() { ["Title"] = "Envoyer la brochure", ["DueAt"] = "2026-11-30T09:00", ["ProspectId"] = $"{prospect}", ["Back"] = $"/prospects/{prospect}" }, $"/prospects/{prospect}"))
            .AssertRedirectsTo($"/prospects/{prospect}");
        var reminder = await app.WithDbAsync(db => db.Reminders.SingleAsync(r => r.Title == "Envoyer la brochure"));
        Assert.Equal((prospect, ReminderKind.Manual, new DateTime(2026, 11, 30, 8, 0, 0)), (reminder.ProspectId!.Value, reminder.Kind, reminder.DueAtUtc));
        Assert.Equal($"/prospects/{prospect}", reminder.Link);
    }

    [Fact]
    public async Task Mailing_NoAnswerAfter7Days_ClosedByTheAnswer()
    {
        var client = await app.AsAsync("eleve11");
        var created = await client.PostFormAsync("/operations/nouvelle", new()
        {
            ["Name"] = "E-mailing relances",
            ["Channel"] = "Email",
            ["StartDate"] = "2026-11-24",
            ["EndDate"] = "2026-12-04",
            ["ObjectiveContacts"] = "1",
            ["ObjectiveAppointments"] = "0",
            ["ObjectiveOrders"] = "0",
            ["ObjectiveRevenue"] = "0",
            ["TargetStatus"] = "Suspect",
        });
        var op = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        (await client.PostFormAsync($"/operations/{op}/publipostage/envoyer", [], $"/operations/{op}/publipostage")).AssertRedirectsTo($"/operations/{op}/publipostage");
        var sent = await app.WithDbAsync(db => db.MailingSends.Where(s => s.OperationId == op).Select(s => s.ProspectId).ToListAsync());
        var reminders = await app.WithDbAsync(db => db.Reminders.Where(r => r.OperationId == op && r.Kind == ReminderKind.NoAnswerAfterMailing).ToListAsync());
        Assert.Equal(sent.Order(), reminders.Select(r => r.ProspectId!.Value).Order());
        Assert.All(reminders, r => Assert.Equal(new DateTime(2026, 12, 1, 8, 0, 0), r.DueAtUtc));

        (await client.PostFormAsync($"/operations/{op}/publipostage/{sent[0]}/retour", new() { ["Result"] = "AnswerInterested" }, $"/operations/{op}/publipostage")).AssertRedirectsTo($"/operations/{op}/publipostage");

        Assert.Equal(ReminderStatus.Done, await app.WithDbAsync(db => db.Reminders.Where(r => r.SourceKey == $"mailing:{op}:{sent[0]}").Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task DailyRules_Rgpd3YearsAndPeriodicContact_OncePerSource()
    {
        var ws = await app.WorkspaceOfAsync("eleve1");
        var (old, customer) = await app.WithDbAsync(async db =>
        {
            var prospects = await db.Prospects.Where(p => p.WorkspaceId == ws).OrderBy(p => p.Id).ToListAsync();
            var stale = prospects.First(p => (p.LastContactAtUtc ?? p.CreatedAtUtc) < Now.AddYears(-3));
            var paidBy = await db.Orders.Where(o => o.WorkspaceId == ws && o.Status == ClasseCRM.Web.Domain.Orders.OrderStatus.Paid).Select(o => o.ProspectId).FirstAsync();
            var client = prospects.Single(p => p.Id == paidBy);
            client.LastContactAtUtc = Now.AddDays(-200);
            await db.SaveChangesAsync();
            return (stale.Id, client.Id);
        });

        await app.RunAsync<DailyDigestJob>(job => job.ApplyDailyRulesAsync(CancellationToken.None));
        await app.RunAsync<DailyDigestJob>(job => job.ApplyDailyRulesAsync(CancellationToken.None));

        var reminders = await app.WithDbAsync(db => db.Reminders.Where(r => r.WorkspaceId == ws && (r.ProspectId == old || r.ProspectId == customer)).ToListAsync());
        var rgpd = Assert.Single(reminders, r => r.Kind == ReminderKind.DataRetention && r.ProspectId == old);
        Assert.Equal(new DateTime(2026, 11, 24, 8, 0, 0), rgpd.DueAtUtc);
        var contact = Assert.Single(reminders, r => r.Kind == ReminderKind.PeriodicContact && r.ProspectId == customer);
        Assert.StartsWith("Recontacter ", contact.Title);
    }

    [Fact]
    public async Task DemoSchool_Eleve1_HasLateAndUpcomingFollowUps_ProfMartinSeesThem()
    {
        var page = await (await app.AsAsync("eleve1")).GetDocumentAsync("/relances");

        var items = page.QuerySelectorAll("#relances li").Select(li => string.Join(' ', li.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains(items, i => i.StartsWith("en retard", StringComparison.Ordinal) && i.Contains("— e-mail sans réponse depuis 7 jours"));
        Assert.Contains(items, i => i.Contains("Devis sans réponse"));
        Assert.Contains(items, i => i.Contains("Suite de visite"));
        Assert.Contains(items, i => i.Contains("Rappel convenu"));
        var classPage = await (await app.AsAsync("prof.martin")).GetDocumentAsync($"/classes/{await app.ClassOfAsync("prof.martin")}/relances");
        Assert.Equal(12, classPage.QuerySelectorAll("#relances-classe tbody tr").Length);
    }
}
