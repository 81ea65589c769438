namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>The phases of a plan d'appel, in order: the caller ticks them as the call goes, the partner's debrief assesses each.</summary>
public enum CallPhase
{
    Opening = 0,
    Discovery = 1,
    Argument = 2,
    Objections = 3,
    Closing = 4,
}
