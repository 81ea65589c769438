using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Infrastructure.Jobs;

/// <summary>Configuration section "Jobs": the Hangfire server that runs inside the app.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    [Range(1, 20)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>How often the server looks for due delayed jobs and queued jobs (seconds).</summary>
    [Range(1, 60)]
    public int PollingSeconds { get; set; } = 2;
}
