namespace ClasseCRM.Web.Features.Admin;

/// <summary>A Hangfire job that failed for good (its automatic retries used up), as the administrator sees it.</summary>
public sealed record FailedJobItem(string Id, string Name, DateTime? FailedAtUtc, string Reason);
