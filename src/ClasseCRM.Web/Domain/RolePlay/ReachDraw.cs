namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>What the ring gives in a solo exchange, drawn from the class's <see cref="OutcomeProfile"/>.</summary>
public enum ReachDraw
{
    WrongNumber = 0,
    NoAnswer = 1,
    Gatekeeper = 2,
    DecisionMakerAbsent = 3,
    DecisionMakerReached = 4,
}
