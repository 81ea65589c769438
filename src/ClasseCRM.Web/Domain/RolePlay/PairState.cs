namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>Where a pair role-play session stands: the partner is invited, has joined (the call or visit is being played), the partner recorded what happened, or the seller cancelled an invitation nobody joined.</summary>
public enum PairState
{
    Invited = 0,
    Open = 1,
    Finished = 2,
    Cancelled = 3,
}
