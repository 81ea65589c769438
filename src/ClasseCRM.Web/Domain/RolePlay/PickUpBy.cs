namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>Who answers the phone at the prospect's (the barrage to pass, or the décideur at once).</summary>
public enum PickUpBy
{
    Switchboard = 0,
    Assistant = 1,
    DecisionMaker = 2,
}
