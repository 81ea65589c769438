namespace ClasseCRM.Web.Domain.Syntheses;

/// <summary>
/// The teacher's assessment of a handed-in document: each criterion of the grid on four levels (non acquis → maîtrisé)
/// or « non évalué », an optional mark out of 20, a comment per section and an overall one. Returned to the student, who
/// reads it. It keeps the grid it was made with: changing the class's grid or référentiel later changes nothing here.
/// </summary>
public sealed class SynthesisAssessment : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int SynthesisId { get; set; }

    /// <summary>
    /// Level index (0 = non acquis … 3 = maîtrisé, <see cref="Rubric.NotAssessed"/> = non évalué) per criterion, as JSON
    /// {"B4.4 · Exactitude des résultats": 2, …}.
    /// </summary>
    public string LevelsJson { get; set; } = "{}";
    /// <summary>The rubric as it was when the synthesis was assessed (JSON); null for the shipped rubric.</summary>
    public string? RubricJson { get; set; }

    public decimal? Mark { get; set; }
    public string? ContextComment { get; set; }
    public string? OrganisationComment { get; set; }
    public string? ResultsComment { get; set; }
    public string? AnalysisComment { get; set; }
    public string? RetroactionComment { get; set; }
    /// <summary>On « 6. Suivi et fidélisation », a part the document has only when its period has customers.</summary>
    public string? FollowUpComment { get; set; }
    public string? OverallComment { get; set; }
    public string AssessorName { get; set; } = "";
    public DateTime AssessedAtUtc { get; set; }

    /// <summary>The comments in the document's order, each under the title of its part, the overall one last.</summary>
    public IEnumerable<(string Label, string? Comment)> Comments() =>
    [
        ("1. Contexte", ContextComment),
        ("2. Organisation", OrganisationComment),
        ("3. Résultats", ResultsComment),
        ("4. Analyse", AnalysisComment),
        ("5. Rétroagir", RetroactionComment),
        ("6. Suivi et fidélisation", FollowUpComment),
        ("Appréciation générale", OverallComment),
    ];
}

/// <summary>
/// An assessment grid: the indicative one built from the class's référentiel (the criteria a written document can show,
/// grouped by the competency they give evidence of), or a class's adaptation of it. <see cref="Referentiel"/> is the key
/// of the référentiel it was built from; null for the grid shipped before the référentiels (units U21 … U32).
/// </summary>
public sealed record Rubric(string Title, List<string> Levels, int MarkOutOf, List<RubricUnit> Units, string? Referentiel = null)
{
    /// <summary>« Non évalué »: a criterion the document gives no evidence of, chosen as deliberately as a level.</summary>
    public const int NotAssessed = -1;

    public const string NotAssessedLabel = "non évalué";

    /// <summary>Every criterion with its competency (or unit), as the keys of an assessment ("B4.4 · Exactitude des résultats").</summary>
    public IEnumerable<string> Keys => Units.SelectMany(u => u.Criteria.Select(c => $"{u.Code} · {c}"));

    public string LevelLabel(int level) => level == NotAssessed ? NotAssessedLabel : Levels[level];

    public bool IsLevel(int level) => level == NotAssessed || (level >= 0 && level < Levels.Count);
}

/// <summary>A competency of the référentiel (or, in the older grid, a unit) and the criteria assessed under it.</summary>
public sealed record RubricUnit(string Code, string Name, List<string> Criteria);
