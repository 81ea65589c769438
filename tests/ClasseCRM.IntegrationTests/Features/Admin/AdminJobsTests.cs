using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Features.Reminders;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Features.Admin;

/// <summary>Jobs in French; the dashboard read-only; a failed job retried from /admin/taches, by the admin only.</summary>
public sealed class AdminJobsTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    /// <summary>A job whose automatic retries are used up, failed for good (as the retry filter lets it fail).</summary>
    private string FailedJob(int reminderId)
    {
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var id = jobs.Create(Job.FromExpression<FireReminderJob>(j => j.RunAsync(reminderId, CancellationToken.None)), new ScheduledState(TimeSpan.FromDays(365)));
        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            connection.SetJobParameter(id, "RetryCount", "10");
        }
        Assert.True(jobs.ChangeState(id, new FailedState(new InvalidOperationException("Serveur SMTP injoignable")), ScheduledState.StateName));
        Assert.Equal(FailedState.StateName, StateOf(id));
        return id;
    }

    private string StateOf(string id)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetStateData(id)!.Name;
    }

    [Fact]
    public async Task FailedJob_ListedInFrench_RetriedOnce()
    {
        var id = FailedJob(4242);
        var admin = await app.AsAsync("admin");

        var page = await admin.GetDocumentAsync("/admin/taches");

        var row = page.QuerySelector($"form[action='/admin/taches/{id}/relancer']")!.Closest("tr")!;
        Assert.Contains("Relance n° 4242\u00A0: la signaler à l'heure prévue", row.TextContent);
        Assert.Contains("Serveur SMTP injoignable", row.TextContent);

        (await admin.PostFormAsync($"/admin/taches/{id}/relancer", [], "/admin/taches")).AssertRedirectsTo("/admin/taches");
        Assert.Equal(EnqueuedState.StateName, StateOf(id));
        Assert.Contains("remise dans la file", (await admin.GetDocumentAsync("/admin/taches")).Text());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync($"/admin/taches/{id}/relancer", [], "/admin/taches")).StatusCode);
    }

    [Fact]
    public async Task FailedJobs_NotForATeacher()
    {
        var id = FailedJob(4343);
        var teacher = await app.AsAsync("prof.martin");

        Assert.NotEqual(HttpStatusCode.OK, (await teacher.GetAsync("/admin/taches")).StatusCode);
        var token = await teacher.TokenAsync("/classes");
        await teacher.PostAsync($"/admin/taches/{id}/relancer", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(FailedState.StateName, StateOf(id));
    }

    [Fact]
    public async Task Dashboard_ReadOnly_ShowsTheFrenchName_NoDeleteButton()
    {
        var id = FailedJob(4444);
        var admin = await app.AsAsync("admin");

        var details = await admin.GetAsync($"/admin/jobs/jobs/details/{id}");
        var html = await details.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains("Relance n° 4444", html.Replace("&#176;", "°", StringComparison.Ordinal).Replace("&#xB0;", "°", StringComparison.Ordinal));
        Assert.DoesNotContain("js-job-delete", html);
        Assert.DoesNotContain("/actions/delete/", html);
        var failedList = await (await admin.GetAsync("/admin/jobs/jobs/failed")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("jobs/failed/delete", failedList);
        await admin.PostAsync($"/admin/jobs/jobs/actions/delete/{id}", new FormUrlEncodedContent([]));
        Assert.Equal(FailedState.StateName, StateOf(id));
    }
}
