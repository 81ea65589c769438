namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>The French words of pair role play, as the session page, the history and the debrief print them.</summary>
public static class PairLabels
{
    public static IReadOnlyList<CallPhase> Phases { get; } = [CallPhase.Opening, CallPhase.Discovery, CallPhase.Argument, CallPhase.Objections, CallPhase.Closing];

    public static IReadOnlyList<SkillLevel> Levels { get; } = [SkillLevel.NotAcquired, SkillLevel.InProgress, SkillLevel.Acquired, SkillLevel.Mastered];

    public static IReadOnlyList<PairReached> Reached { get; } = [PairReached.Switchboard, PairReached.Assistant, PairReached.DecisionMaker, PairReached.Nobody];

    public static string Of(CallPhase p) => p switch
    {
        CallPhase.Opening => "Prise de contact",
        CallPhase.Discovery => "Découverte",
        CallPhase.Argument => "Argumentation",
        CallPhase.Objections => "Traitement des objections",
        CallPhase.Closing => "Conclusion",
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

    public static string Of(PairState s) => s switch
    {
        PairState.Invited => "invitation envoyée",
        PairState.Open => "appel en cours",
        _ => "terminé",
    };
}
