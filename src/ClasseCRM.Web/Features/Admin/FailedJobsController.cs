using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Jobs;
using Hangfire;
using Hangfire.States;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Admin;

/// <summary>
/// /admin/taches: the jobs that failed, with their French names, and « Relancer » for each. The Hangfire dashboard
/// (/admin/jobs) is read-only; retrying a failed job is the one action kept, here. For whoever runs the installation.
/// </summary>
[Authorize(Policy = Installation.Policy)]
[Route("admin/taches")]
public sealed class FailedJobsController(JobStorage storage, IBackgroundJobClient jobs) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public IActionResult Index()
    {
        var monitoring = storage.GetMonitoringApi();
        var failed = monitoring.FailedJobs(0, PageSize)
            .Select(j => new FailedJobItem(j.Key, JobNames.Of(j.Value.Job), j.Value.FailedAt, FirstLine(j.Value.ExceptionMessage)))
            .ToList();
        ViewData["Total"] = (int)monitoring.FailedCount();
        return View("~/Features/Admin/FailedJobs.cshtml", failed);
    }

    /// <summary>Puts a failed job back in the queue; a job in any other state is left alone (no delete, no re-run of a success).</summary>
    [HttpPost("{id}/relancer")]
    public IActionResult Retry(string id)
    {
        using var connection = storage.GetConnection();
        if (connection.GetStateData(id)?.Name != FailedState.StateName)
        {
            return NotFound();
        }
        TempData["Message"] = jobs.Requeue(id, FailedState.StateName)
            ? "La tâche est remise dans la file : elle va être exécutée à nouveau."
            : "Cette tâche n'est plus en échec : rien n'a été relancé.";
        return Redirect("/admin/taches");
    }

    private static string FirstLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "—" : text.Split('\n')[0].Trim() is { Length: > 300 } line ? line[..300] + "…" : text.Split('\n')[0].Trim();
}
