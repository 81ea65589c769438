using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Features.Reminders;
using Hangfire;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Infrastructure.Data;

/// <summary>
/// Two app instances on one PostgreSQL database, as an académie runs them behind a proxy (issue 20): a sign-in cookie
/// made by one is valid on the other (data-protection keys in the database), a fiche saved on one is found at once by
/// a search on the other (no search remembered across requests), a flash message set by one is shown by the other (the
/// session in the database), a reminder scheduled by one fires exactly once with both job servers running, and a pair
/// role play's live push made on one reaches a browser connected to the other (LISTEN / NOTIFY).
/// </summary>
[Trait(OnlyOn.Trait, OnlyOn.PostgreSql)]
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task TwoInstances_OnePostgreSql_ShareSignIn_Session_Search_Reminder_AndLivePushes()
    {
        Assert.True(TestPostgres.IsOn, $"Ce test demande PostgreSQL ({TestPostgres.Variable}) : lancez ./test.sh --postgres.");
        var dir = Path.Combine(Path.GetTempPath(), "classecrm-tests", Guid.NewGuid().ToString("N"));
        using var first = new TestApp(dir);
        _ = first.Server;
        using var second = new TestApp(dir) { DeleteOnDispose = false };
        _ = second.Server;
        var cookies = new CookieContainer();
        using var onFirst = first.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        using var onSecond = second.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

        var signIn = await onFirst.PostFormAsync("/compte/connexion", new() { ["UserName"] = "eleve1", ["Password"] = TestApp.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var home = await onSecond.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("/compte/deconnexion", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        static List<string> Names(AngleSharp.Dom.IDocument page) =>
            page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Empty(Names(await onSecond.GetDocumentAsync("/prospects?q=zorglubienne")));
        // The form's antiforgery token is made by the second instance and checked by the first.
        var token = await onSecond.TokenAsync("/prospects/nouveau");
        var created = await onFirst.PostAsync("/prospects/nouveau", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Kind"] = "Organisation", ["Name"] = "Zorglubienne SARL", ["PostalCode"] = "35000", ["City"] = "Rennes",
            ["Status"] = "Suspect", ["Potential"] = "C", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var fiche = await onSecond.GetDocumentAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("Zorglubienne SARL", fiche.QuerySelector("h1")!.TextContent);
        Assert.Equal("La fiche «\u00A0Zorglubienne SARL\u00A0» est créée.", fiche.QuerySelector(".alert-success[role=status]")?.TextContent.Trim());
        Assert.Equal(["Zorglubienne SARL"], Names(await onSecond.GetDocumentAsync("/prospects?q=zorglubienne")));

        var workspace = await first.WorkspaceOfAsync("eleve1");
        var reminderId = await first.WithDbAsync(async db =>
        {
            var reminder = new Reminder { WorkspaceId = workspace, Kind = ReminderKind.Manual, Title = "Rappeler Zorglubienne", DueAtUtc = DateTime.UtcNow, Status = ReminderStatus.Open, CreatedAtUtc = DateTime.UtcNow };
            db.Reminders.Add(reminder);
            await db.SaveChangesAsync();
            return reminder.Id;
        });
        var jobId = first.Jobs.Enqueue<FireReminderJob>(job => job.RunAsync(reminderId, CancellationToken.None));
        var monitor = second.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && monitor.JobDetails(jobId).History.All(h => h.StateName != "Succeeded"))
        {
            await Task.Delay(200);
        }
        var history = monitor.JobDetails(jobId).History;
        Assert.Contains(history, h => h.StateName == "Succeeded");
        Assert.Single(history, h => h.StateName == "Processing");
        Assert.NotNull(await second.WithDbAsync(db => db.Reminders.Where(r => r.Id == reminderId).Select(r => r.FiredAtUtc).SingleAsync()));

        // A pair role play's live push: the caller invites on the first instance, the partner's browser listens on the second.
        await using var partner = await second.ConnectPairHubAsync("eleve2");
        var invited = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        partner.On<int>("invited", id => invited.TrySetResult(id));
        var op = await onFirst.PlanPhoningAsync("Phoning sur deux instances");
        var session = await ClasseCRM.IntegrationTests.Features.RolePlay.PairSessionTests.InviteAsync(first, onFirst, op, "eleve2");
        Assert.Equal(session, await invited.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
