using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.Syntheses;

namespace ClasseCRM.Web.Features.Syntheses;

public sealed class SynthesisCreateViewModel
{
    [Display(Name = "Titre")]
    [Required(ErrorMessage = "Donnez un titre au document.")]
    [StringLength(200, ErrorMessage = "200 caractères au plus.")]
    public string? Title { get; set; }

    [Display(Name = "Du")]
    [Required(ErrorMessage = "Indiquez le début de la période.")]
    public DateOnly? From { get; set; }

    [Display(Name = "Au")]
    [Required(ErrorMessage = "Indiquez la fin de la période.")]
    public DateOnly? To { get; set; }

    public List<int> OperationIds { get; set; } = [];

    public List<(int Id, string Label)> Choices { get; set; } = [];
}

/// <summary>What the student writes: 4. Analyse and 5. Rétroagir.</summary>
public sealed class SynthesisTextViewModel
{
    [StringLength(8000, ErrorMessage = "8 000 caractères au plus.")]
    public string? Strengths { get; set; }

    [StringLength(8000, ErrorMessage = "8 000 caractères au plus.")]
    public string? Weaknesses { get; set; }

    [StringLength(8000, ErrorMessage = "8 000 caractères au plus.")]
    public string? GapCauses { get; set; }

    [StringLength(8000, ErrorMessage = "8 000 caractères au plus.")]
    public string? Judgement { get; set; }

    [StringLength(8000, ErrorMessage = "8 000 caractères au plus.")]
    public string? CorrectiveActions { get; set; }
}

/// <summary>
/// The facts of a synthesis, filled from the student's data and frozen at hand-in: the context of each chosen operation,
/// and the figures of exactly their activity, one section per channel (<see cref="Operations.ActivityFigures"/>: the same
/// computation as each operation's results page). A snapshot frozen before the figures were per channel has no
/// <see cref="Figures"/>.
/// </summary>
public sealed record SynthesisFacts(
    string Company,
    string Offer,
    DateOnly From,
    DateOnly To,
    List<OperationFacts> Operations,
    Operations.ActivityFigures? Figures);

/// <summary>An operation as the document's context and organisation present it; its budget is null while its costs are not entered.</summary>
public sealed record OperationFacts(string Name, string Channel, DateOnly Start, DateOnly End, string Goal, string Criteria, int Targets, int Excluded, decimal? Budget);

public sealed record SynthesisPageViewModel(Synthesis Synthesis, SynthesisFacts Facts, bool CanWrite, bool CanReturn, DateTime? DueAtUtc, List<Synthesis> Versions)
{
    /// <summary>The référentiel the document is read under (its names, the competencies of its grid).</summary>
    public required Data.Reference.Referentiel Referentiel { get; init; }

    /// <summary>Who wrote it (its author; the binôme for a document written before authors).</summary>
    public string Author { get; init; } = "";

    /// <summary>For the teacher: where this document sits among those handed in for the same deadline (« 7 / 24 »).</summary>
    public AssessmentRound? Round { get; init; }

    /// <summary>The rubric in force for the class (the assessment form).</summary>
    public Rubric? Rubric { get; init; }
    public SynthesisAssessment? Assessment { get; init; }

    /// <summary>The rubric the assessment was made with (it may have been adapted since).</summary>
    public Rubric? AssessedRubric { get; init; }
    public bool CanAssess { get; init; }
}

/// <summary>
/// The teacher's assessment form: one level per criterion of the grid (in the grid's order; <see cref="Rubric.NotAssessed"/>
/// for « non évalué »), a mark, comments.
/// </summary>
public sealed class SynthesisAssessViewModel
{
    /// <summary>By row index (not a list: a row left empty must not drop the rows chosen after it).</summary>
    public Dictionary<int, int> Levels { get; set; } = [];

    [Range(typeof(decimal), "0", "20", ParseLimitsInInvariantCulture = true, ErrorMessage = "Une note entre 0 et 20.")]
    public decimal? Mark { get; set; }

    [StringLength(4000, ErrorMessage = "4 000 caractères au plus.")]
    public string? ContextComment { get; set; }

    [StringLength(4000, ErrorMessage = "4 000 caractères au plus.")]
    public string? OrganisationComment { get; set; }

    [StringLength(4000, ErrorMessage = "4 000 caractères au plus.")]
    public string? ResultsComment { get; set; }

    [StringLength(4000, ErrorMessage = "4 000 caractères au plus.")]
    public string? RetroactionComment { get; set; }

    [StringLength(4000, ErrorMessage = "4 000 caractères au plus.")]
    public string? AnalysisComment { get; set; }

    [StringLength(4000, ErrorMessage = "4 000 caractères au plus.")]
    public string? OverallComment { get; set; }
}

/// <summary>
/// The documents of a class handed in for the same deadline, in the order of their authors' names: the teacher assesses
/// them one after another. <see cref="Position"/> is 1-based; <see cref="NextToAssessId"/> is the next one still waiting.
/// </summary>
public sealed record AssessmentRound(int Position, int Count, int? PreviousId, int? NextId, int? NextToAssessId, int ToAssess);
