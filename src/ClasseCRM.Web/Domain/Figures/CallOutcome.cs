namespace ClasseCRM.Web.Domain.Figures;

/// <summary>The outcome codes of a prospecting call (DOMAIN.md), in funnel order.</summary>
public enum CallOutcome
{
    WrongNumber = 0,
    NoAnswer = 1,
    Gatekeeper = 2,
    DecisionMakerAbsent = 3,
    RefusedBeforePitch = 4,
    PitchedNoFollowUp = 5,
    AppointmentMade = 6,
    Order = 7,
}

/// <summary>The stages of the phone funnel: appels émis → numéros valides → aboutis → contacts utiles → argumentés → RDV / commandes.</summary>
[Flags]
public enum FunnelStage
{
    None = 0,
    Dialled = 1,
    ValidNumber = 2,
    Reached = 4,
    DecisionMaker = 8,
    Pitched = 16,
    Appointment = 32,
    Order = 64,
}

/// <summary>Which stages each outcome reaches (the table of DOMAIN.md "Call outcomes and the funnel").</summary>
public static class CallOutcomes
{
    public static FunnelStage Stages(CallOutcome outcome) => outcome switch
    {
        CallOutcome.WrongNumber => FunnelStage.Dialled,
        CallOutcome.NoAnswer => FunnelStage.Dialled | FunnelStage.ValidNumber,
        CallOutcome.Gatekeeper or CallOutcome.DecisionMakerAbsent => FunnelStage.Dialled | FunnelStage.ValidNumber | FunnelStage.Reached,
        CallOutcome.RefusedBeforePitch => FunnelStage.Dialled | FunnelStage.ValidNumber | FunnelStage.Reached | FunnelStage.DecisionMaker,
        CallOutcome.PitchedNoFollowUp => FunnelStage.Dialled | FunnelStage.ValidNumber | FunnelStage.Reached | FunnelStage.DecisionMaker | FunnelStage.Pitched,
        CallOutcome.AppointmentMade => FunnelStage.Dialled | FunnelStage.ValidNumber | FunnelStage.Reached | FunnelStage.DecisionMaker | FunnelStage.Pitched | FunnelStage.Appointment,
        CallOutcome.Order => FunnelStage.Dialled | FunnelStage.ValidNumber | FunnelStage.Reached | FunnelStage.DecisionMaker | FunnelStage.Pitched | FunnelStage.Order,
        _ => FunnelStage.None,
    };

    public static string Label(CallOutcome outcome) => outcome switch
    {
        CallOutcome.WrongNumber => "Faux numéro",
        CallOutcome.NoAnswer => "Pas de réponse / messagerie",
        CallOutcome.Gatekeeper => "Barrage (pas d'accès au décideur)",
        CallOutcome.DecisionMakerAbsent => "Décideur absent, à rappeler",
        CallOutcome.RefusedBeforePitch => "Refus avant argumentation",
        CallOutcome.PitchedNoFollowUp => "Argumenté sans suite / à rappeler",
        CallOutcome.AppointmentMade => "RDV obtenu",
        CallOutcome.Order => "Commande",
        _ => outcome.ToString(),
    };
}
