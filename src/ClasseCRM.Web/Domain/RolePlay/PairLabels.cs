namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>The French words of pair role play, as the session page, the history and the debrief print them.</summary>
public static class PairLabels
{
    public static IReadOnlyList<CallPhase> Phases { get; } = [CallPhase.Opening, CallPhase.Discovery, CallPhase.Argument, CallPhase.Objections, CallPhase.Closing];

    /// <summary>The phases of a visit (DOMAIN.md, U21): découverte, présentation de l'offre, négociation, traitement des objections, conclusion.</summary>
    public static IReadOnlyList<CallPhase> VisitPhases { get; } = [CallPhase.Discovery, CallPhase.Presentation, CallPhase.Negotiation, CallPhase.Objections, CallPhase.Closing];

    /// <summary>The conclusions of a played visit, in the order the partner's form lists them.</summary>
    public static IReadOnlyList<VisitResult> VisitResults { get; } = [VisitResult.Order, VisitResult.Quote, VisitResult.Appointment, VisitResult.Refusal];

    public static IReadOnlyList<CallPhase> PhasesOf(PairKind kind) => kind == PairKind.Visit ? VisitPhases : Phases;

    /// <summary>A phase as a call or a visit names it (a visit's argumentation is the présentation de l'offre).</summary>
    public static string Of(CallPhase p, PairKind kind) => kind == PairKind.Visit && p == CallPhase.Argument ? "Présentation de l'offre" : Of(p);

    /// <summary>« l'appel » or « la visite », as the session page's sentences name what is played.</summary>
    public static string Played(PairKind kind) => kind == PairKind.Visit ? "la visite" : "l'appel";

    public static IReadOnlyList<SkillLevel> Levels { get; } = [SkillLevel.NotAcquired, SkillLevel.InProgress, SkillLevel.Acquired, SkillLevel.Mastered];

    public static IReadOnlyList<PairReached> Reached { get; } = [PairReached.Switchboard, PairReached.Assistant, PairReached.DecisionMaker, PairReached.Nobody];

    public static string Of(CallPhase p) => p switch
    {
        CallPhase.Opening => "Prise de contact",
        CallPhase.Discovery => "Découverte",
        CallPhase.Argument => "Argumentation",
        CallPhase.Objections => "Traitement des objections",
        CallPhase.Closing => "Conclusion",
        CallPhase.Presentation => "Présentation de l'offre",
        CallPhase.Negotiation => "Négociation",
        _ => p.ToString(),
    };

    public static string Of(SkillLevel l) => l switch
    {
        SkillLevel.NotAcquired => "non acquis",
        SkillLevel.InProgress => "en cours d'acquisition",
        SkillLevel.Acquired => "acquis",
        SkillLevel.Mastered => "maîtrisé",
        _ => l.ToString(),
    };

    public static string Of(PairReached r) => r switch
    {
        PairReached.Switchboard => "le standard",
        PairReached.Assistant => "l'assistant(e)",
        PairReached.DecisionMaker => "le décideur",
        PairReached.Nobody => "personne",
        _ => r.ToString(),
    };

    public static string Of(PairState s, PairKind kind) => kind == PairKind.Visit && s == PairState.Open ? "visite en cours" : Of(s);

    public static string Of(PairState s) => s switch
    {
        PairState.Invited => "invitation envoyée",
        PairState.Open => "appel en cours",
        PairState.Cancelled => "invitation annulée",
        _ => "terminé",
    };
}
