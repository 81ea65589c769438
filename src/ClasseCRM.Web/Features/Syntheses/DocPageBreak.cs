namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>What follows starts a new page (after the cover page).</summary>
public sealed record DocPageBreak : DocBlock;
