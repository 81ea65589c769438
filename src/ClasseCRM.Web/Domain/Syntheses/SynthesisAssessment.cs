namespace ClasseCRM.Web.Domain.Syntheses;

/// <summary>
/// The teacher's assessment of a handed-in synthesis: each criterion of the rubric on four levels (non acquis → maîtrisé),
/// an optional mark out of 20, a comment per section and an overall one. Returned to the student, who reads it.
/// </summary>
public sealed class SynthesisAssessment : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int SynthesisId { get; set; }

    /// <summary>Level index (0 = non acquis … 3 = maîtrisé) per criterion, as JSON {"U22 · Exactitude des résultats": 2, …}.</summary>
    public string LevelsJson { get; set; } = "{}";
    /// <summary>The rubric as it was when the synthesis was assessed (JSON); null for the shipped rubric.</summary>
    public string? RubricJson { get; set; }

    public decimal? Mark { get; set; }
    public string? ContextComment { get; set; }
    public string? OrganisationComment { get; set; }
    public string? ResultsComment { get; set; }
    public string? AnalysisComment { get; set; }
    public string? RetroactionComment { get; set; }
    public string? OverallComment { get; set; }
    public string AssessorName { get; set; } = "";
    public DateTime AssessedAtUtc { get; set; }
}

/// <summary>An assessment rubric: the one shipped in seeds/rubric-u2-u3.json, or a class's adaptation of it.</summary>
public sealed record Rubric(string Title, List<string> Levels, int MarkOutOf, List<RubricUnit> Units)
{
    /// <summary>Every criterion with its unit, as the keys of an assessment ("U22 · Exactitude des résultats").</summary>
    public IEnumerable<string> Keys => Units.SelectMany(u => u.Criteria.Select(c => $"{u.Code} · {c}"));
}

public sealed record RubricUnit(string Code, string Name, List<string> Criteria);
