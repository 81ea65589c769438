using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>
/// A solo role-play call (issue 19, item 3): the ring drawn from the class's outcome profile, then the scripted exchange
/// against the fiche's role card (a copy of its objections, so that a card edited meanwhile does not change a call in
/// progress), its transcript, and once finished the call it logged (mode « simulateur »).
/// </summary>
public sealed class RolePlaySession : IWorkspaceOwned, IAuthoredAction
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OperationId { get; set; }
    public int ProspectId { get; set; }
    public int? ContactId { get; set; }

    /// <summary>The how-many-th solo call to this fiche in this operation (1, 2…): with the fiche id, the seed of the ring.</summary>
    public int Attempt { get; set; }
    public ReachDraw Reach { get; set; }
    public PickUpBy PickUp { get; set; }
    public List<RoleCardObjection> Objections { get; set; } = [];
    public int Index { get; set; }
    public int Remaining { get; set; }
    public int Patience { get; set; }
    public int Lifted { get; set; }

    /// <summary>What was said, one line a turn, « Prospect : … » or « Vous (technique) : … ».</summary>
    public string Transcript { get; set; } = "";
    public ExchangeEnd? End { get; set; }
    public CallOutcome? Outcome { get; set; }
    public int? CallLogId { get; set; }
    public CallLog? Call { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public string? AuthorId { get; set; }
    public AppUser? Author { get; set; }

    public bool IsMade => true;
    public bool IsFinished => FinishedAtUtc is not null;
    public ExchangeState State => new(Index, Remaining, Patience, Lifted);

    public void Apply(ExchangeState s)
    {
        (Index, Remaining, Patience, Lifted) = (s.Index, s.Remaining, s.Patience, s.Lifted);
    }

    public void Say(string line) => Transcript = Transcript.Length == 0 ? line : Transcript + "\n" + line;
}
