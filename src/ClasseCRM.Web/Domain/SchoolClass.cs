namespace ClasseCRM.Web.Domain;

/// <summary>A class (classe) taught by one teacher, e.g. "1re MCV B" for the school year "2026-2027".</summary>
public sealed class SchoolClass
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string SchoolYear { get; set; } = "";
    public string TeacherId { get; set; } = "";
    public AppUser? Teacher { get; set; }

    /// <summary>The établissement of the class: its teacher's.</summary>
    public int? SchoolId { get; set; }
    public School? School { get; set; }
    public bool IsArchived { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Today's diploma, the référentiel of a new class (seeds/referentiels/mcv-option-b.json).</summary>
    public const string DefaultReferentiel = "mcv-b";

    /// <summary>
    /// The key of the diploma the class prepares (seeds/referentiels): « mcv-b » (Bac Pro MCV option B) or « vente-2002 »
    /// (Bac Pro Vente, 2002). Labels, the document students hand in and the grid follow it.
    /// </summary>
    public string Referentiel { get; set; } = DefaultReferentiel;

    /// <summary>The ratio denominators the teacher chose for the class (DOMAIN.md: denominators vary between teachers).</summary>
    public Figures.ReachabilityBase ReachabilityBase { get; set; }
    public Figures.UsefulContactBase UsefulContactBase { get; set; }
    public Figures.PitchBase PitchBase { get; set; }
    public Figures.AppointmentBase AppointmentBase { get; set; }
    public Figures.PhoneConversionBase PhoneConversionBase { get; set; }
    public Figures.MailingReturnBase MailingReturnBase { get; set; }

    /// <summary>The deadline the teacher set for handing in the written document (Europe/Paris date and time, stored UTC).</summary>
    public DateTime? SynthesisDueAtUtc { get; set; }

    /// <summary>
    /// The assessment rubric the teacher adapted for the class (JSON of <see cref="Syntheses.Rubric"/>); null while the
    /// class uses the rubric shipped in seeds/.
    /// </summary>
    public string? RubricJson { get; set; }

    /// <summary>Suggested days between two contacts with a customer of class A, B, C (Pareto on CA), chosen by the teacher.</summary>
    public int ContactDaysA { get; set; } = 30;
    public int ContactDaysB { get; set; } = 60;
    public int ContactDaysC { get; set; } = 90;

    public int ContactDays(Loyalty.CustomerClass c) => c switch
    {
        Loyalty.CustomerClass.A => ContactDaysA,
        Loyalty.CustomerClass.B => ContactDaysB,
        _ => ContactDaysC,
    };

    /// <summary>
    /// The rate per kilometre the teacher sets for the class, used to suggest a field operation's travel cost (the tour's
    /// kilometres × this rate). Default: URSSAF barème kilométrique, 5 CV, up to 5 000 km a year (0,636 €/km).
    /// </summary>
    public decimal KilometreRate { get; set; } = 0.636m;

    /// <summary>The practice outcome profile of solo role play (DOMAIN.md « Practice outcomes »), in % adding up to 100.</summary>
    public int PracticeWrongNumberPercent { get; set; } = 12;
    public int PracticeNoAnswerPercent { get; set; } = 30;
    public int PracticeGatekeeperPercent { get; set; } = 15;
    public int PracticeAbsentPercent { get; set; } = 10;
    public int PracticeReachedPercent { get; set; } = 33;

    public RolePlay.OutcomeProfile OutcomeProfile =>
        new(PracticeWrongNumberPercent, PracticeNoAnswerPercent, PracticeGatekeeperPercent, PracticeAbsentPercent, PracticeReachedPercent);

    public Figures.RatioVariants RatioVariants => new(ReachabilityBase, UsefulContactBase, PitchBase, AppointmentBase, PhoneConversionBase, MailingReturnBase);
    public List<ClassEnrollment> Enrollments { get; set; } = [];
    public List<Workspace> Workspaces { get; set; } = [];
}
