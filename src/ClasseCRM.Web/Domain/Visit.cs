namespace ClasseCRM.Web.Domain;

/// <summary>
/// A visit of a field operation (terrain): its place in the plan de tournée, its preparation sheet, and the compte rendu
/// de visite written afterwards (DOMAIN.md: date, interlocuteur, objectif, besoins, mobiles, objections, résultat,
/// écart et cause, points forts/faibles, suites datées, frais).
/// </summary>
public sealed class Visit : IWorkspaceOwned, IAuthoredAction
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OperationId { get; set; }
    public int ProspectId { get; set; }
    public Prospect? Prospect { get; set; }

    /// <summary>The day of the tournée and the rank in that day's round (1 = first visit after leaving).</summary>
    public DateOnly? PlannedOn { get; set; }
    public int RouteOrder { get; set; }

    /// <summary>Distance from the previous stop (or the company for the first visit of the day), as the crow flies.</summary>
    public double? LegKm { get; set; }

    // Préparation
    public string? Objective { get; set; }
    public string? Known { get; set; }
    public Soncas SoncasHypotheses { get; set; }
    public string? Arguments { get; set; }

    // Compte rendu
    public DateOnly? VisitedOn { get; set; }
    public string? Interlocutor { get; set; }
    public string? Needs { get; set; }
    public Soncas Motives { get; set; }
    public VisitResult? Result { get; set; }

    /// <summary>Amount of the order taken (HT), or of the quote given, as stated in the report.</summary>
    public decimal? Amount { get; set; }
    public string? Gap { get; set; }
    public string? GapCause { get; set; }
    public string? Strengths { get; set; }
    public string? Weaknesses { get; set; }
    public string? NextSteps { get; set; }
    public DateOnly? NextStepOn { get; set; }

    /// <summary>Frais de la visite (kilomètres, repas, parking), HT: added to the operation's variable costs.</summary>
    public decimal Expenses { get; set; }
    public DateTime? ReportedAtUtc { get; set; }

    /// <summary>How the result came about (issue 19, item 5): declared in the compte rendu, or played with a partner (jeu de rôle) whose conclusion is the result.</summary>
    public Figures.CallMode Mode { get; set; }
    public List<VisitObjection> Objections { get; set; } = [];

    /// <summary>Who made the visit: the member who wrote its first compte rendu (null before authorship was recorded, or for the system).</summary>
    public string? AuthorId { get; set; }
    public AppUser? Author { get; set; }

    public bool IsReported => ReportedAtUtc is not null;

    public bool IsMade => IsReported;
}

/// <summary>An objection heard during a visit, its type, and the answer technique used.</summary>
public sealed class VisitObjection : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int VisitId { get; set; }
    public ObjectionType Type { get; set; }
    public string Text { get; set; } = "";
    public AnswerTechnique Technique { get; set; }
    public string Answer { get; set; } = "";
}

/// <summary>The buying motives SONCAS(E) (DOMAIN.md), as flags: a prospect usually has two or three.</summary>
[Flags]
public enum Soncas
{
    None = 0,
    Security = 1,
    Pride = 2,
    Novelty = 4,
    Comfort = 8,
    Money = 16,
    Sympathy = 32,
    Environment = 64,
}

public enum VisitResult
{
    Order = 0,
    Quote = 1,
    Appointment = 2,
    Refusal = 3,
}

public enum ObjectionType
{
    Price = 0,
    Product = 1,
    Delay = 2,
    Need = 3,
    Other = 4,
    Competition = 5,
}

public enum AnswerTechnique
{
    Rephrasing = 0,
    YesBut = 1,
    Boomerang = 2,
    Compensation = 3,
    Proof = 4,
}
