namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>The cause typed for one objective row of the results (its key is posted back in hidden fields).</summary>
public sealed class GapCauseInput
{
    public string? Channel { get; set; }
    public string? Objective { get; set; }
    public string? Cause { get; set; }
}
