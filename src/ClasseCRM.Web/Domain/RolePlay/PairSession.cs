using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>
/// A pair role-play call (issue 19, item 2): a student (the caller) calls a fiche of their phoning operation while a
/// classmate of the same class, or the class's teacher (the partner), plays the prospect from the fiche's role card. The
/// row belongs to the caller's workspace; the partner reaches it through <see cref="PartnerId"/> only. The caller ticks
/// the phases of the plan d'appel; the partner records whom the caller reached, the objections raised and the outcome —
/// the call is logged once, with the partner's outcome (mode « jeu de rôle ») — then writes the debrief. The names are
/// copied at invitation, so that the partner can read the finished session without seeing the caller's workspace.
/// A visit is played the same way (<see cref="Kind"/> <see cref="PairKind.Visit"/>, item 4): the seller ticks the visit's
/// phases, proposes a price within the marge de manœuvre, the partner records the conclusion — written into the visit's
/// compte rendu, mode « jeu de rôle » — and the debrief is shown with it.
/// </summary>
public sealed class PairSession : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int ClassId { get; set; }
    public PairKind Kind { get; set; }

    /// <summary>The visit played (a field operation's), null for a call.</summary>
    public int? VisitId { get; set; }
    public int OperationId { get; set; }
    public int ProspectId { get; set; }
    public int? ContactId { get; set; }
    public string CallerId { get; set; } = "";
    public string PartnerId { get; set; } = "";
    public bool PartnerIsTeacher { get; set; }
    public string CallerName { get; set; } = "";
    public string PartnerName { get; set; } = "";
    public string ProspectName { get; set; } = "";
    public string OperationName { get; set; } = "";
    public PairState State { get; set; }

    /// <summary>The phases of the plan d'appel the caller ticked, one bit per <see cref="CallPhase"/>.</summary>
    public int PhasesDone { get; set; }

    /// <summary>What happened, one line an event (« 10:42 — Léa : découverte »): the session's transcript.</summary>
    public string Journal { get; set; } = "";
    public PairReached? Reached { get; set; }
    public List<string> RaisedObjections { get; set; } = [];
    public CallOutcome? PartnerOutcome { get; set; }
    public string? PartnerNotes { get; set; }
    public CallOutcome? CallerOutcome { get; set; }

    /// <summary>A visit's conclusion as the partner records it (commande, devis, RDV de suivi, refus), and the amount HT of an order or quote.</summary>
    public VisitResult? VisitResult { get; set; }
    public decimal? Amount { get; set; }

    /// <summary>The seller's last price proposal during a visit's négociation: the catalogue line, the discount rate (0.08 = 8 %), the net unit price HT.</summary>
    public string? OfferDesignation { get; set; }
    public decimal? OfferDiscountRate { get; set; }
    public decimal? OfferNetPrice { get; set; }
    public int? CallLogId { get; set; }
    public CallLog? Call { get; set; }
    public List<PairDebriefItem> Debrief { get; set; } = [];
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? JoinedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public DateTime? DebriefedAtUtc { get; set; }

    public bool IsFinished => State == PairState.Finished;

    public bool IsVisit => Kind == PairKind.Visit;

    /// <summary>Invited or being played: the partner's invitation list shows it.</summary>
    public bool IsPending => State is PairState.Invited or PairState.Open;

    /// <summary>The card is the partner's only while the call is played: after the partner joined, before they recorded the outcome.</summary>
    public bool CardIsOpen => State == PairState.Open;

    public bool IsDone(CallPhase phase) => (PhasesDone & (1 << (int)phase)) != 0;

    /// <summary>Both outcomes of a call are recorded and differ: both screens say so.</summary>
    public bool Disagree => PartnerOutcome is { } p && CallerOutcome is { } c && p != c;

    /// <summary>Marks a phase of the plan d'appel as done (once: ticking it again changes nothing); true when it was not yet.</summary>
    public bool Tick(CallPhase phase, string at)
    {
        if (IsDone(phase))
        {
            return false;
        }
        PhasesDone |= 1 << (int)phase;
        Log($"{at} — {CallerName} : {PairLabels.Of(phase).ToLowerInvariant()}");
        return true;
    }

    public void Log(string line) => Journal = Journal.Length == 0 ? line : Journal + "\n" + line;
}
