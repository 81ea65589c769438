namespace ClasseCRM.Web.Features.Prospects;

/// <summary>A NAF criterion of the list or of an operation's target: what it selects in words, or the French reason it is refused.</summary>
public sealed record NafCriterion(string? Description, string? Error);
