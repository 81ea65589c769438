namespace ClasseCRM.Web.Domain.Figures;

/// <summary>The outcome codes of a prospecting call (DOMAIN.md), stored as int: funnel order but for PitchedCallBack, appended (see <see cref="CallOutcomes.InFunnelOrder"/>).</summary>
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

    /// <summary>Argumenté, à rappeler: the decision-maker heard the pitch and asked to be called back at an agreed time (appended: the values are stored).</summary>
    PitchedCallBack = 8,
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
    /// <summary>Every outcome in funnel order (as the phoning form lists them): the stored values are not in that order.</summary>
    public static IReadOnlyList<CallOutcome> InFunnelOrder { get; } =
    [
        CallOutcome.WrongNumber, CallOutcome.NoAnswer, CallOutcome.Gatekeeper, CallOutcome.DecisionMakerAbsent, CallOutcome.RefusedBeforePitch,
        CallOutcome.PitchedNoFollowUp, CallOutcome.PitchedCallBack, CallOutcome.AppointmentMade, CallOutcome.Order,
    ];

    /// <summary>The outcomes « à rappeler »: a call-back was agreed, so the prospect comes back into the phoning session at that time.</summary>
    public static IReadOnlyList<CallOutcome> CallBacks { get; } = [CallOutcome.DecisionMakerAbsent, CallOutcome.PitchedCallBack];

    /// <summary>Whether the outcome is a call-back agreed on the phone (« décideur absent, à rappeler », « argumenté, à rappeler »).</summary>
    public static bool IsCallBack(CallOutcome outcome) => outcome is CallOutcome.DecisionMakerAbsent or CallOutcome.PitchedCallBack;

    /// <summary>Whether the outcome needs the agreed date: the call-backs and « RDV obtenu »; no other outcome takes one.</summary>
    public static bool NeedsDate(CallOutcome outcome) => IsCallBack(outcome) || outcome == CallOutcome.AppointmentMade;

    public static FunnelStage Stages(CallOutcome outcome) => outcome switch
    {
        CallOutcome.WrongNumber => FunnelStage.Dialled,
        CallOutcome.NoAnswer => FunnelStage.Dialled | FunnelStage.ValidNumber,
        CallOutcome.Gatekeeper or CallOutcome.DecisionMakerAbsent => FunnelStage.Dialled | FunnelStage.ValidNumber | FunnelStage.Reached,
        CallOutcome.RefusedBeforePitch => FunnelStage.Dialled | FunnelStage.ValidNumber | FunnelStage.Reached | FunnelStage.DecisionMaker,
        CallOutcome.PitchedNoFollowUp or CallOutcome.PitchedCallBack => FunnelStage.Dialled | FunnelStage.ValidNumber | FunnelStage.Reached | FunnelStage.DecisionMaker | FunnelStage.Pitched,
        CallOutcome.AppointmentMade => FunnelStage.Dialled | FunnelStage.ValidNumber | FunnelStage.Reached | FunnelStage.DecisionMaker | FunnelStage.Pitched | FunnelStage.Appointment,
        CallOutcome.Order => FunnelStage.Dialled | FunnelStage.ValidNumber | FunnelStage.Reached | FunnelStage.DecisionMaker | FunnelStage.Pitched | FunnelStage.Order,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown call outcome."),
    };

    public static string Label(CallOutcome outcome) => outcome switch
    {
        CallOutcome.WrongNumber => "Faux numéro",
        CallOutcome.NoAnswer => "Pas de réponse / messagerie",
        CallOutcome.Gatekeeper => "Barrage (pas d'accès au décideur)",
        CallOutcome.DecisionMakerAbsent => "Décideur absent, à rappeler",
        CallOutcome.RefusedBeforePitch => "Refus avant argumentation",
        CallOutcome.PitchedNoFollowUp => "Argumenté sans suite",
        CallOutcome.PitchedCallBack => "Argumenté, à rappeler",
        CallOutcome.AppointmentMade => "RDV obtenu",
        CallOutcome.Order => "Commande",
        _ => outcome.ToString(),
    };
}
