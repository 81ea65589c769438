namespace ClasseCRM.Web.Features.Inbox;

/// <summary>A document handed in and waiting for its assessment.</summary>
public sealed record InboxSynthesisItem(int Id, string ClassName, string WorkspaceName, string? Author, string Title, DateTime HandedInAtUtc, DateTime? DueAtUtc)
{
    /// <summary>Handed in after the deadline in force at hand-in (same rule as <see cref="Domain.Syntheses.Synthesis.IsLate"/>).</summary>
    public bool IsLate => DueAtUtc is { } due && HandedInAtUtc > due;
}
