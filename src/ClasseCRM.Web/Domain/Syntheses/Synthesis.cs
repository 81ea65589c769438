namespace ClasseCRM.Web.Domain.Syntheses;

/// <summary>
/// The written document a student hands in for a period and one or more operations: the « compte rendu d'opération de
/// prospection » (MCV option B) or the « synthèse écrite » of unit U22 (2002), as the class's référentiel names it. The
/// app fills the facts (context, organisation, results) from the workspace's data; the student writes the analysis and
/// the corrective actions. In a binôme each member writes and hands in their own (<see cref="AuthorId"/>): assessment and
/// mark are individual. Handing it in freezes a snapshot of the facts, of the text and of the référentiel: later activity
/// or a change of référentiel changes nothing of what is assessed. A returned document is revised into a new version;
/// every version is kept.
/// </summary>
public sealed class Synthesis : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public Workspace? Workspace { get; set; }

    /// <summary>The student who writes it; null for a document written before documents were individual (the binôme's).</summary>
    public string? AuthorId { get; set; }
    public AppUser? Author { get; set; }

    /// <summary>The key of the class's référentiel at hand-in; null while it is a draft (labels then follow the class).</summary>
    public string? Referentiel { get; set; }

    public string Title { get; set; } = "";
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }

    /// <summary>The operations it covers, as "12,15".</summary>
    public string OperationIds { get; set; } = "";
    public int Version { get; set; } = 1;
    public int? PreviousVersionId { get; set; }
    public SynthesisStatus Status { get; set; }

    // What the student writes (4. Analyse, 5. Rétroagir).
    public string? Strengths { get; set; }
    public string? Weaknesses { get; set; }
    public string? GapCauses { get; set; }
    public string? Judgement { get; set; }
    public string? CorrectiveActions { get; set; }

    /// <summary>The cause of each objective row (JSON list of <see cref="SynthesisGapCause"/>); null while none is written.</summary>
    public string? GapCauseRowsJson { get; set; }

    /// <summary>The rétroagir table (JSON list of <see cref="SynthesisAction"/>); null while it has no row.</summary>
    public string? ActionRowsJson { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? HandedInAtUtc { get; set; }

    /// <summary>The deadline in force when it was handed in (from the class), to say whether it came late.</summary>
    public DateTime? DueAtUtc { get; set; }

    /// <summary>The facts as they were at hand-in (JSON); null while it is a draft (the facts are then computed live).</summary>
    public string? SnapshotJson { get; set; }

    public IReadOnlyList<int> Operations =>
        OperationIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public bool IsLate => HandedInAtUtc is { } handedIn && DueAtUtc is { } due && handedIn > due;
}

public enum SynthesisStatus
{
    Draft = 0,
    HandedIn = 1,
    Returned = 2,

    /// <summary>Assessed with the rubric and returned to the student with the assessment.</summary>
    Assessed = 3,
}
