namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>What <see cref="AccessScopeLoader"/> read from the database for one user.</summary>
internal sealed record AccessScopeData(
    string UserId,
    string? Role,
    List<int> WorkspaceIds,
    List<int> WritableWorkspaceIds,
    List<int> ClassIds,
    List<int> TaughtClassIds,
    List<int> ScenarioIds,
    int? CurrentWorkspaceId);
