namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The role cards of a workspace's file, for its class's teacher.</summary>
public sealed record RoleCardsViewModel(int WorkspaceId, string WorkspaceName, List<RoleCardListItem> Cards);
