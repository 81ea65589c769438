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

    /// <summary>True when the form posted the rows below (the page's form does): only then are the stored rows replaced.</summary>
    public bool WithRows { get; set; }

    /// <summary>4. Analyse: the cause of each objective row of the results.</summary>
    public List<GapCauseInput> Causes { get; set; } = [];

    /// <summary>5. Rétroagir: écart → cause → action corrective → échéance → indicateur de suivi.</summary>
    public List<SynthesisActionInput> Actions { get; set; } = [];
}

/// <summary>
/// The facts of a synthesis, filled from the student's data and frozen at hand-in: the context of each chosen operation,
/// and the figures of exactly their activity, one section per channel (<see cref="Operations.ActivityFigures"/>: the same
/// computation as each operation's results page). A snapshot frozen before the figures were per channel has no
/// <see cref="Figures"/>.
/// </summary>
/// <remarks>
/// Added later, all optional so that older snapshots still read: the cover page (<see cref="Cover"/>), 6. Suivi et
/// fidélisation (<see cref="Loyalty"/>, null when the period has no customer), the annexes, and — frozen at hand-in only —
/// the student's rows (<see cref="GapCauses"/>, <see cref="Actions"/>; null in a draft's facts and in older snapshots,
/// whose rows are then read from the document).
/// </remarks>
public sealed record SynthesisFacts(
    string Company,
    string Offer,
    DateOnly From,
    DateOnly To,
    List<OperationFacts> Operations,
    Operations.ActivityFigures? Figures,
    SynthesisCover? Cover = null,
    SynthesisLoyalty? Loyalty = null,
    DocumentAnnexes? Annexes = null,
    List<SynthesisGapCause>? GapCauses = null,
    List<SynthesisAction>? Actions = null);

/// <summary>An operation as the document's context and organisation present it; its budget is null while its costs are not entered.</summary>
public sealed record OperationFacts(string Name, string Channel, DateOnly Start, DateOnly End, string Goal, string Criteria, int Targets, int Excluded, decimal? Budget, int? Id = null);

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

    /// <summary>The cover page: frozen at hand-in, computed for a draft (and for an older snapshot without it).</summary>
    public SynthesisCover? Cover { get; init; }

    /// <summary>The student's causes per objective row: frozen at hand-in, the document's own while it is a draft.</summary>
    public List<SynthesisGapCause> GapCauses { get; init; } = [];

    /// <summary>The rétroagir table: frozen at hand-in, the document's own while it is a draft.</summary>
    public List<SynthesisAction> Actions { get; init; } = [];

    /// <summary>Justifications per operation and annexes (extension point: empty until the plan's texts and annexes are wired).</summary>
    public DocumentAnnexes Annexes => Facts.Annexes ?? DocumentAnnexes.Empty;
}

/// <summary>
/// The teacher's assessment form: one level per criterion of the grid (in the grid's order; <see cref="Rubric.NotAssessed"/>
/// for « non évalué »), a mark, comments.
/// </summary>
public sealed class SynthesisAssessViewModel
{
    /// <summary>By row index (not a list: a row left empty must not drop the rows chosen after it).</summary>
    public Dictionary<int, int> Levels { get; set; } = [];

    [Range(typeof(decimal), "0", "20", ParseLimitsInInvariantCulture = true, ErrorMessage = "La note doit être comprise entre 0 et 20.")]
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
    public string? FollowUpComment { get; set; }

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
