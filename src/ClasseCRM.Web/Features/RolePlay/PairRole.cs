namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>Who is looking at a pair session: the caller, the partner, or a reader (the class's teacher, the caller's binôme).</summary>
public enum PairRole
{
    Caller,
    Partner,
    Reader,
}
