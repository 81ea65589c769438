using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.Classes;

/// <summary>The ratio denominators of a class, as the teacher chooses them on /classes/{id}/ratios.</summary>
public sealed class RatioSettingsViewModel
{
    public int ClassId { get; set; }
    public string ClassName { get; set; } = "";
    public ReachabilityBase Reachability { get; set; }
    public UsefulContactBase UsefulContacts { get; set; }
    public PitchBase Pitch { get; set; }
    public AppointmentBase Appointments { get; set; }
    public PhoneConversionBase Conversion { get; set; }
    public MailingReturnBase MailingReturn { get; set; }
}
