namespace ClasseCRM.Web.Domain.Figures;

/// <summary>The counts of a phoning operation, one per stage, from the outcomes of the calls logged (each call counted once).</summary>
public sealed record PhoneFunnel(int Dialled, int ValidNumbers, int Reached, int DecisionMakers, int Pitched, int Appointments, int Orders)
{
    public static PhoneFunnel From(IEnumerable<CallOutcome> outcomes)
    {
        int dialled = 0, valid = 0, reached = 0, useful = 0, pitched = 0, appointments = 0, orders = 0;
        foreach (var outcome in outcomes)
        {
            var s = CallOutcomes.Stages(outcome);
            dialled += s.HasFlag(FunnelStage.Dialled) ? 1 : 0;
            valid += s.HasFlag(FunnelStage.ValidNumber) ? 1 : 0;
            reached += s.HasFlag(FunnelStage.Reached) ? 1 : 0;
            useful += s.HasFlag(FunnelStage.DecisionMaker) ? 1 : 0;
            pitched += s.HasFlag(FunnelStage.Pitched) ? 1 : 0;
            appointments += s.HasFlag(FunnelStage.Appointment) ? 1 : 0;
            orders += s.HasFlag(FunnelStage.Order) ? 1 : 0;
        }
        return new PhoneFunnel(dialled, valid, reached, useful, pitched, appointments, orders);
    }
}

/// <summary>The denominators a teacher may choose for the class (DOMAIN.md "variants teachers use"); Default everywhere unless chosen.</summary>
public sealed record RatioVariants(
    ReachabilityBase Reachability = ReachabilityBase.Dialled,
    UsefulContactBase UsefulContacts = UsefulContactBase.Reached,
    PitchBase Pitch = PitchBase.DecisionMakers,
    AppointmentBase Appointments = AppointmentBase.Pitched,
    PhoneConversionBase Conversion = PhoneConversionBase.Pitched,
    MailingReturnBase MailingReturn = MailingReturnBase.Sent);

public enum ReachabilityBase { Dialled, ValidNumbers }

public enum UsefulContactBase { Reached, Dialled }

public enum PitchBase { DecisionMakers, Reached }

public enum AppointmentBase { Pitched, DecisionMakers, Dialled }

public enum PhoneConversionBase { Pitched, Appointments }

public enum MailingReturnBase { Sent, SentLessReturnedMail }

/// <summary>The phoning ratios of DOMAIN.md, each with the formula it used written out.</summary>
public static class PhoneRatios
{
    public static IReadOnlyList<Ratio> Compute(PhoneFunnel f, RatioVariants? variants = null)
    {
        var v = variants ?? new RatioVariants();
        return
        [
            new("Qualité du fichier", "numéros valides ÷ appels émis", f.ValidNumbers, f.Dialled),
            v.Reachability == ReachabilityBase.Dialled
                ? new("Joignabilité", "appels aboutis ÷ appels émis", f.Reached, f.Dialled)
                : new("Joignabilité", "appels aboutis ÷ numéros valides", f.Reached, f.ValidNumbers),
            v.UsefulContacts == UsefulContactBase.Reached
                ? new("Contacts utiles", "contacts décideur ÷ appels aboutis", f.DecisionMakers, f.Reached)
                : new("Contacts utiles", "contacts décideur ÷ appels émis", f.DecisionMakers, f.Dialled),
            v.Pitch == PitchBase.DecisionMakers
                ? new("Argumentation", "contacts argumentés ÷ contacts utiles", f.Pitched, f.DecisionMakers)
                : new("Argumentation", "contacts argumentés ÷ appels aboutis", f.Pitched, f.Reached),
            v.Appointments switch
            {
                AppointmentBase.DecisionMakers => new("Prise de RDV", "RDV ÷ contacts utiles", f.Appointments, f.DecisionMakers),
                AppointmentBase.Dialled => new("Prise de RDV", "RDV ÷ appels émis", f.Appointments, f.Dialled),
                _ => new("Prise de RDV", "RDV ÷ contacts argumentés", f.Appointments, f.Pitched),
            },
            v.Conversion == PhoneConversionBase.Pitched
                ? new("Transformation", "commandes annoncées ÷ contacts argumentés", f.Orders, f.Pitched)
                : new("Transformation", "commandes annoncées ÷ RDV", f.Orders, f.Appointments),
        ];
    }

    /// <summary>Mailing return: answers ÷ letters sent, or ÷ (sent − NPAI, returned as undeliverable).</summary>
    public static Ratio MailingReturn(int sent, int returnedUndeliverable, int answers, MailingReturnBase variant = MailingReturnBase.Sent) =>
        variant == MailingReturnBase.Sent
            ? new("Retour mailing", "réponses ÷ plis envoyés", answers, sent)
            : new("Retour mailing", "réponses ÷ (plis envoyés − NPAI)", answers, sent - returnedUndeliverable);

    /// <summary>Field conversion: orders taken in visit (as the visit reports state them) ÷ visits made.</summary>
    public static Ratio VisitConversion(int visits, int orders) => new("Transformation", "commandes prises en visite ÷ visites réalisées", orders, visits);
}
