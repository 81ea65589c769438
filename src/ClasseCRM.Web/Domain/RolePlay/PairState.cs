namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>Where a pair role-play session stands: the partner is invited, has joined (the call is being played), or the partner recorded what happened.</summary>
public enum PairState
{
    Invited = 0,
    Open = 1,
    Finished = 2,
}
