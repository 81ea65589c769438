using ClasseCRM.Web.Data;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Workspaces;

/// <summary>Reads a workspace's home page. The query filter keeps other workspaces out: they are null here, 404 for the user.</summary>
public sealed class WorkspaceService(AppDbContext db, AccessScope scope, TodayService today)
{
    public async Task<WorkspaceHomeViewModel?> HomeAsync(int workspaceId, CancellationToken ct)
    {
        var w = await db.Workspaces.AsNoTracking()
            .Where(x => x.Id == workspaceId)
            .Select(x => new
            {
                x.Id,
                x.Name,
                ClassName = x.Class!.Name,
                x.ScenarioId,
                x.Scenario!.CompanyName,
                x.Scenario.Title,
                Members = x.Members.Select(m => m.Student!.FirstName + " " + m.Student.LastName).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (w is null)
        {
            return null;
        }
        var byStatus = await db.Prospects.AsNoTracking()
            .Where(p => p.WorkspaceId == workspaceId)
            .GroupBy(p => p.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var messages = await db.OutboxMessages.CountAsync(m => m.WorkspaceId == workspaceId, ct);
        return new WorkspaceHomeViewModel(
            w.Id, w.Name, w.ClassName, w.ScenarioId, w.CompanyName, w.Title, string.Join(", ", w.Members),
            !scope.CanWrite(workspaceId), byStatus.Values.Sum(), byStatus, messages, await today.ForAsync(workspaceId, ct));
    }

    public async Task<List<(int Id, string Name)>> MineAsync(CancellationToken ct) =>
        (await db.Workspaces.AsNoTracking()
            .Where(w => w.Members.Any(m => m.StudentId == scope.UserId))
            .OrderByDescending(w => w.Id)
            .Select(w => new { w.Id, Name = w.Scenario!.CompanyName + " (" + w.Class!.Name + ")" })
            .ToListAsync(ct))
        .Select(w => (w.Id, w.Name))
        .ToList();
}
