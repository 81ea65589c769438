using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// The phoning session's queue (a session follows a real one): the prospects of the operation's non-excluded target
/// list whose latest call in this operation was « à rappeler » (décideur absent or argumenté) with an agreed time now
/// passed, earliest agreed time first, then the prospects never called in this operation, in list order. A call-back
/// not due yet keeps its prospect out of the queue until its time; any other latest outcome takes the prospect out for
/// good (it can still be called again from its reminder or the list of calls).
/// </summary>
public static class PhoningQueue
{
    public static async Task<List<PhoningQueueEntry>> LoadAsync(AppDbContext db, int operationId, DateTime nowUtc, CancellationToken ct)
    {
        var targets = db.OperationTargets.Where(t => t.OperationId == operationId && !t.Excluded);
        var due = await PendingCallBacks(db, operationId)
            .Where(c => c.FollowUpAtUtc <= nowUtc)
            .Join(targets, c => c.ProspectId, t => t.ProspectId, (c, t) => new { t.ProspectId, t.Position, c.FollowUpAtUtc })
            .ToListAsync(ct);
        var called = db.CallLogs.Where(c => c.OperationId == operationId).Select(c => c.ProspectId);
        var fresh = await targets.Where(t => !called.Contains(t.ProspectId)).OrderBy(t => t.Position)
            .Select(t => new { t.ProspectId, t.Position }).ToListAsync(ct);
        return
        [
            .. due.OrderBy(d => d.FollowUpAtUtc).ThenBy(d => d.Position).Select(d => new PhoningQueueEntry(d.ProspectId, d.Position, d.FollowUpAtUtc)),
            .. fresh.Select(f => new PhoningQueueEntry(f.ProspectId, f.Position, null)),
        ];
    }

    /// <summary>The call-backs agreed and not due yet, earliest first: those prospects come back into the queue at that time.</summary>
    public static Task<List<UpcomingCallBack>> UpcomingAsync(AppDbContext db, int operationId, DateTime nowUtc, int take, CancellationToken ct) =>
        PendingCallBacks(db, operationId)
            .Where(c => c.FollowUpAtUtc > nowUtc)
            .Where(c => db.OperationTargets.Any(t => t.OperationId == operationId && t.ProspectId == c.ProspectId && !t.Excluded))
            .Join(db.Prospects, c => c.ProspectId, p => p.Id, (c, p) => new { p.Id, p.Name, At = c.FollowUpAtUtc!.Value })
            .OrderBy(x => x.At).ThenBy(x => x.Id).Take(take)
            .Select(x => new UpcomingCallBack(x.Id, x.Name, x.At))
            .ToListAsync(ct);

    /// <summary>Each prospect's latest call in the operation (latest time, then latest id) when it was a call-back with its agreed time.</summary>
    private static IQueryable<CallLog> PendingCallBacks(AppDbContext db, int operationId)
    {
        var callBacks = CallOutcomes.CallBacks.ToArray();
        return db.CallLogs.Where(c => c.OperationId == operationId && callBacks.Contains(c.Outcome) && c.FollowUpAtUtc != null
            && !db.CallLogs.Any(later => later.OperationId == operationId && later.ProspectId == c.ProspectId
                && (later.CalledAtUtc > c.CalledAtUtc || (later.CalledAtUtc == c.CalledAtUtc && later.Id > c.Id))));
    }
}
