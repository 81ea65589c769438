namespace ClasseCRM.Web.Domain.Planning;

/// <summary>
/// The student's plan of an operation (« Mon plan de prospection »), one per operation: why this target and this
/// technique, the calendar in words, the budget, and the student's own plan d'appel and argumentaire (null while the
/// student has written none: the scenario's are used). The letter of the plan is the operation's mail-merge template
/// (<see cref="Operation.MailSubject"/>, <see cref="Operation.MailBody"/>). Each text saved changed is kept in
/// <see cref="OperationPlanVersion"/>.
/// </summary>
public sealed class OperationPlan : IWorkspaceOwned
{
    public const int JustificationMax = 2000;
    public const int ScriptMax = 8000;

    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OperationId { get; set; }
    public Operation? Operation { get; set; }

    /// <summary>Why this target: the criteria chosen and the reasons.</summary>
    public string? TargetJustification { get; set; }

    /// <summary>Why this technique and channel.</summary>
    public string? TechniqueJustification { get; set; }

    /// <summary>The calendar of the operation in words (preparation, execution, follow-up).</summary>
    public string? Calendar { get; set; }

    /// <summary>The planned budget in euros excl. VAT, rounded to the cent; null when the student gave none.</summary>
    public decimal? Budget { get; set; }

    /// <summary>The student's plan d'appel; null: none written yet.</summary>
    public string? Script { get; set; }

    /// <summary>The student's argumentaire as stored by <see cref="Pitch.ToStored"/>; null: none written yet.</summary>
    public string? Pitch { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
