namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>Whom the caller really reached, as the partner who played the prospect records it.</summary>
public enum PairReached
{
    Switchboard = 0,
    Assistant = 1,
    DecisionMaker = 2,
    Nobody = 3,
}
