using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.Classes;

/// <summary>The ratio denominators of a class and the contact frequency of its customers A/B/C, as the teacher chooses them on /classes/{id}/ratios.</summary>
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

    [Display(Name = "Indemnité kilométrique (€ par km)")]
    [Range(typeof(decimal), "0", "5", ParseLimitsInInvariantCulture = true, ErrorMessage = "Un taux entre 0 et 5 € par kilomètre.")]
    public decimal KilometreRate { get; set; } = 0.636m;

    /// <summary>The document students hand in under the class's référentiel, named in the deadline's label.</summary>
    public string DocumentTitle { get; set; } = "";

    [Display(Name = "Date limite pour rendre le document")]
    public DateTime? SynthesisDueAt { get; set; }

    [Display(Name = "Clients A : un contact tous les (jours)")]
    [Range(1, 365, ErrorMessage = "Entre 1 et 365 jours.")]
    public int ContactDaysA { get; set; } = 30;

    [Display(Name = "Clients B : un contact tous les (jours)")]
    [Range(1, 365, ErrorMessage = "Entre 1 et 365 jours.")]
    public int ContactDaysB { get; set; } = 60;

    [Display(Name = "Clients C : un contact tous les (jours)")]
    [Range(1, 365, ErrorMessage = "Entre 1 et 365 jours.")]
    public int ContactDaysC { get; set; } = 90;
}
