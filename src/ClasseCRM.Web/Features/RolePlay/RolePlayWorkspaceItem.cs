namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>A workspace of a taught class and its scenario (whose role-play part its cards come from).</summary>
public sealed record RolePlayWorkspaceItem(int Id, string Name, int ScenarioId);
