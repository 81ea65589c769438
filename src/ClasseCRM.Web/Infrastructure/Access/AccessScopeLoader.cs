using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>Reads, for one user, the classes and workspaces of <see cref="AccessScope"/>. The only code that reads them unfiltered.</summary>
internal static class AccessScopeLoader
{
    // A student's two queries run on every request: compiled once.
    private static readonly CompiledRows<string, int> StudentClasses =
        new((db, userId) => db.Enrollments.IgnoreQueryFilters().Where(e => e.StudentId == userId).Select(e => e.ClassId));

    private static readonly CompiledRows<string, StudentWorkspace> StudentWorkspaces =
        new((db, userId) =>
            db.WorkspaceMembers.IgnoreQueryFilters()
                .Where(m => m.StudentId == userId)
                .Select(m => new StudentWorkspace(m.WorkspaceId, !m.Workspace!.Class!.IsArchived, m.Workspace.ScenarioId, m.Workspace.Name, m.Workspace.Class.Referentiel)));

    private sealed record StudentWorkspace(int Id, bool Writable, int ScenarioId, string Name, string Referentiel);

    /// <summary>
    /// <paramref name="schoolId"/> is the établissement claim of the sign-in cookie; a cookie issued before the claim
    /// existed has none, and the user's row says it.
    /// </summary>
    public static async Task<AccessScopeData> LoadAsync(AppDbContext db, string userId, string? role, int? schoolId, int? wantedWorkspaceId, CancellationToken ct)
    {
        if (schoolId is null && role != Roles.Operator)
        {
            schoolId = await db.Users.Where(u => u.Id == userId).Select(u => u.SchoolId).FirstOrDefaultAsync(ct);
        }
        List<int> classIds = [];
        List<int> taught = [];
        List<StudentWorkspace> workspaces = [];

        if (role == Roles.Teacher)
        {
            taught = await db.Classes.IgnoreQueryFilters().Where(c => c.TeacherId == userId).Select(c => c.Id).ToListAsync(ct);
            classIds = taught;
            workspaces = (await db.Workspaces.IgnoreQueryFilters().Where(w => taught.Contains(w.ClassId)).Select(w => new { w.Id, w.ScenarioId }).ToListAsync(ct))
                .Select(w => new StudentWorkspace(w.Id, false, w.ScenarioId, "", "")).ToList();
        }
        else if (role == Roles.Student)
        {
            classIds = await StudentClasses.ListAsync(db, userId, ct);
            workspaces = await StudentWorkspaces.ListAsync(db, userId, ct);
        }

        var workspaceIds = workspaces.Select(w => w.Id).ToList();
        var scenarioIds = workspaces.Select(w => w.ScenarioId).Distinct().ToList();

        StudentWorkspace? current = null;
        if (role == Roles.Student && workspaces.Count > 0)
        {
            current = workspaces.Find(w => w.Id == wantedWorkspaceId)
                ?? workspaces.OrderByDescending(w => w.Writable).ThenByDescending(w => w.Id).First();
        }

        return new AccessScopeData(
            userId,
            role,
            schoolId,
            workspaceIds,
            workspaces.Where(w => w.Writable).Select(w => w.Id).ToList(),
            classIds,
            taught,
            scenarioIds,
            current?.Id,
            current?.Name,
            current?.Referentiel);
    }
}
