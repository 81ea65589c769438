namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// A row of the rétroagir table as typed: the échéance stays the text typed (« 31/02/2027 » comes back as it was, with
/// its message); <see cref="Remove"/> drops the row when the form is saved.
/// </summary>
public sealed class SynthesisActionInput
{
    public string? Gap { get; set; }
    public string? Cause { get; set; }
    public string? Action { get; set; }
    public string? DueOn { get; set; }
    public string? Indicator { get; set; }
    public int? ReminderId { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Gap) && string.IsNullOrWhiteSpace(Cause) && string.IsNullOrWhiteSpace(Action)
        && string.IsNullOrWhiteSpace(DueOn) && string.IsNullOrWhiteSpace(Indicator);
}
