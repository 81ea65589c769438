namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>
/// What <see cref="AccessScopeLoader"/> read from the database for one user; for a student, also the name of the current
/// workspace and the référentiel of its class, which every page's header and the lists show (read here, not once more per page).
/// </summary>
internal sealed record AccessScopeData(
    string UserId,
    string? Role,
    int? SchoolId,
    List<int> WorkspaceIds,
    List<int> WritableWorkspaceIds,
    List<int> ClassIds,
    List<int> TaughtClassIds,
    List<int> ScenarioIds,
    int? CurrentWorkspaceId,
    string? CurrentWorkspaceName = null,
    string? CurrentReferentiel = null);
