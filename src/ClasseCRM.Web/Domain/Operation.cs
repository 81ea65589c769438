using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.Web.Domain;

/// <summary>
/// A prospecting operation (opération de prospection): a channel, dates, a written goal, figured objectives and a target
/// list chosen with explicit criteria over the prospect file — the criteria are kept because the student must justify them.
/// </summary>
public sealed class Operation : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public string Name { get; set; } = "";
    public Channel Channel { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string Goal { get; set; } = "";
    public int ObjectiveContacts { get; set; }
    public int ObjectiveAppointments { get; set; }
    public int ObjectiveOrders { get; set; }
    public decimal ObjectiveRevenue { get; set; }

    /// <summary>The target criteria as the student chose them, in words (e.g. "statut : suspect ; département : 35").</summary>
    public string TargetCriteria { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The letter or e-mail template of a mailing (subject and body with merge fields such as {nom}).</summary>
    public string? MailSubject { get; set; }
    public string? MailBody { get; set; }

    /// <summary>« Appels joués uniquement » (issue 19): the teacher forbids declared outcomes; calls are played with the simulator.</summary>
    public bool PlayedCallsOnly { get; set; }
    public List<OperationTarget> Targets { get; set; } = [];
}

/// <summary>A prospect of the operation's target list, or one the channel rules excluded (with the reason shown).</summary>
public sealed class OperationTarget : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OperationId { get; set; }
    public int ProspectId { get; set; }
    public Prospect? Prospect { get; set; }
    public bool Excluded { get; set; }
    public string? ExclusionReason { get; set; }
    public int Position { get; set; }
}

/// <summary>A call made during a phoning session, with its outcome code (which sets the funnel stages it reached).</summary>
public sealed class CallLog : IWorkspaceOwned, IAuthoredAction
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OperationId { get; set; }
    public int ProspectId { get; set; }
    public int? ContactId { get; set; }
    public Figures.CallOutcome Outcome { get; set; }

    /// <summary>How the outcome came about: declared by the student (every call logged before role play), played, or simulated.</summary>
    public Figures.CallMode Mode { get; set; }
    public string? Notes { get; set; }

    public DateTime CalledAtUtc
    {
        get;
        set
        {
            field = value;
            CalledOn = ParisTime.Day(value);
        }
    }

    /// <summary>The day of the call in Paris (kept with the time): reports count calls per day without converting each row.</summary>
    public DateOnly CalledOn { get; private set; }

    /// <summary>The agreed call-back or appointment time ("à rappeler", "RDV obtenu"), for the reminders.</summary>
    public DateTime? FollowUpAtUtc { get; set; }

    /// <summary>Who made the action (null before authorship was recorded, or for the system).</summary>
    public string? AuthorId { get; set; }
    public AppUser? Author { get; set; }

    public bool IsMade => true;
}
