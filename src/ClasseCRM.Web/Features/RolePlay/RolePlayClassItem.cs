namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>A class the teacher teaches, with its workspaces (for their role cards).</summary>
public sealed record RolePlayClassItem(int Id, string Name, List<RolePlayWorkspaceItem> Workspaces);
