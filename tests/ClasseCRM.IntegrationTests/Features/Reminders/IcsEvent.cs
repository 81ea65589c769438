namespace ClasseCRM.IntegrationTests.Features.Reminders;

/// <summary>An event as the feed wrote it: local start and its TZID (null for UTC).</summary>
public sealed record IcsEvent(string Summary, string Description, DateTime Start, string? TzId);
