namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// What a figure counts. With operations chosen: exactly their activity (calls, sends and returns, visits, cost lines,
/// expenses of their visit reports, confirmed orders linked to them, their objectives), whatever the date — so that a
/// document covering one operation says what its results page says. Without: the workspace's whole activity of the
/// period (the orders linked to no operation included, apart).
/// </summary>
public sealed record ActivityScope(int WorkspaceId, IReadOnlyList<int>? OperationIds, DateOnly From, DateOnly To)
{
    public bool ByOperations => OperationIds is not null;

    public static ActivityScope Operations(int workspaceId, IEnumerable<int> ids, DateOnly from, DateOnly to) =>
        new(workspaceId, ids.Distinct().Order().ToList(), from, to);

    public static ActivityScope Period(int workspaceId, DateOnly from, DateOnly to) => new(workspaceId, null, from, to);
}
