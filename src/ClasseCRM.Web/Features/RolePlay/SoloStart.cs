namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>What the phoning page posts to ring a prospect with the simulator (its own field names: the call form beside it has ProspectId and ContactId).</summary>
public sealed record SoloStart(int ProspectId, int? ContactId);
