namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>
/// The phases of a played exchange: a plan d'appel (prise de contact → conclusion) or a visit (découverte, présentation,
/// négociation, objections, conclusion — <see cref="PairLabels.PhasesOf"/>); the seller ticks them as it goes, the
/// partner's debrief assesses each. Stored as numbers (bits of a session, debrief lines): never renumber.
/// </summary>
public enum CallPhase
{
    Opening = 0,
    Discovery = 1,
    Argument = 2,
    Objections = 3,
    Closing = 4,
    Presentation = 5,
    Negotiation = 6,
}
