namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>What the phoning page posts to ring a prospect with the simulator.</summary>
public sealed class SoloStart
{
    public int ProspectId { get; set; }
    public int? ContactId { get; set; }
}
