namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>The French words of role play, as cards, forms and transcripts print them.</summary>
public static class RolePlayLabels
{
    public static IReadOnlyList<ObjectionTechnique> Techniques { get; } =
    [
        ObjectionTechnique.Reformulation, ObjectionTechnique.YesBut, ObjectionTechnique.Boomerang,
        ObjectionTechnique.Question, ObjectionTechnique.Proof, ObjectionTechnique.Compensation,
    ];

    public static string Of(SoncasMotive m) => m switch
    {
        SoncasMotive.Security => "Sécurité",
        SoncasMotive.Pride => "Orgueil",
        SoncasMotive.Novelty => "Nouveauté",
        SoncasMotive.Comfort => "Confort",
        SoncasMotive.Money => "Argent",
        SoncasMotive.Sympathy => "Sympathie",
        SoncasMotive.Environment => "Environnement",
        _ => m.ToString(),
    };

    public static string Of(PickUpBy p) => p switch
    {
        PickUpBy.Switchboard => "le standard",
        PickUpBy.Assistant => "l'assistant(e) du décideur",
        PickUpBy.DecisionMaker => "le décideur lui-même",
        _ => p.ToString(),
    };

    public static string Of(Firmness f) => f switch
    {
        Firmness.Low => "peu tenue",
        Firmness.Medium => "tenue",
        Firmness.High => "très tenue",
        _ => f.ToString(),
    };

    public static string Of(ObjectionTechnique t) => t switch
    {
        ObjectionTechnique.Reformulation => "Reformulation",
        ObjectionTechnique.YesBut => "« Oui, mais »",
        ObjectionTechnique.Boomerang => "Boomerang",
        ObjectionTechnique.Question => "Question",
        ObjectionTechnique.Proof => "Preuve",
        ObjectionTechnique.Compensation => "Compensation",
        _ => t.ToString(),
    };

    public static string Of(Reaction r) => r switch
    {
        Reaction.Advance => "avance",
        Reaction.Harden => "durcit",
        _ => "neutre",
    };

    public static string Of(ExchangeEnd e) => e switch
    {
        ExchangeEnd.Appointment => "RDV obtenu",
        ExchangeEnd.CallBack => "rappel convenu",
        _ => "refus",
    };

    /// <summary>The SONCAS(E) initial a scenario's profile lists (« S, A, C »), read back into a motive; null when unknown.</summary>
    public static SoncasMotive? FromInitial(string initial) => initial.Trim().ToUpperInvariant() switch
    {
        "S" => SoncasMotive.Security,
        "O" => SoncasMotive.Pride,
        "N" => SoncasMotive.Novelty,
        "C" => SoncasMotive.Comfort,
        "A" => SoncasMotive.Money,
        "SY" => SoncasMotive.Sympathy,
        "E" => SoncasMotive.Environment,
        _ => null,
    };
}
