using ClasseCRM.Web.Domain.Figures;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Reports;

public sealed partial class ReportService
{
    /// <summary>Each row's calls split into declared and played, with their RDV, and its visits made likewise, counted in SQL for the class's workspaces at once.</summary>
    private async Task<List<ClassDashboardRow>> WithCallModesAsync(List<int> ids, List<ClassDashboardRow> rows, CancellationToken ct)
    {
        var counts = await db.CallLogs.IgnoreQueryFilters().Where(c => ids.Contains(c.WorkspaceId))
            .GroupBy(c => new { c.WorkspaceId, Played = c.Mode != CallMode.Declared, Appointment = c.Outcome == CallOutcome.AppointmentMade })
            .Select(g => new { g.Key.WorkspaceId, g.Key.Played, g.Key.Appointment, Count = g.Count() })
            .ToListAsync(ct);
        var visits = await db.Visits.IgnoreQueryFilters().Where(v => ids.Contains(v.WorkspaceId) && v.ReportedAtUtc != null)
            .GroupBy(v => new { v.WorkspaceId, Played = v.Mode != CallMode.Declared })
            .Select(g => new { g.Key.WorkspaceId, g.Key.Played, Count = g.Count() })
            .ToListAsync(ct);
        int Visits(int workspaceId, bool played) => visits.Where(v => v.WorkspaceId == workspaceId && v.Played == played).Sum(v => v.Count);
        int Sum(int workspaceId, bool played, bool? appointment) =>
            counts.Where(c => c.WorkspaceId == workspaceId && c.Played == played && (appointment == null || c.Appointment == appointment)).Sum(c => c.Count);
        return rows.Select(r => r with
        {
            CallModes = new CallModeSplit(Sum(r.WorkspaceId, false, null), Sum(r.WorkspaceId, false, true), Sum(r.WorkspaceId, true, null), Sum(r.WorkspaceId, true, true))
            {
                DeclaredVisits = Visits(r.WorkspaceId, false),
                PlayedVisits = Visits(r.WorkspaceId, true),
            },
        }).ToList();
    }
}
