using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// What the contact rules need beyond the prospect itself, for one workspace: whether its company sells
/// energy-renovation work, and which of its prospects have a contract in progress (the ban's only exception).
/// </summary>
public sealed record ContactSituation(bool EnergyRenovation, IReadOnlySet<int> ContractsInProgress)
{
    /// <summary><see cref="ContactRules.Check"/> with this workspace's situation.</summary>
    public ContactDecision Check(Prospect prospect, Channel channel, DateTime nowUtc, CallHistory? calls = null, bool timeRules = true) =>
        ContactRules.Check(prospect, channel, nowUtc, calls, timeRules, EnergyRenovation, ContractsInProgress.Contains(prospect.Id));

    /// <summary>
    /// The workspace's situation; the contracts are looked up only when the ban can apply (a renovation company), among
    /// <paramref name="prospectIds"/> when given.
    /// </summary>
    public static async Task<ContactSituation> LoadAsync(AppDbContext db, int workspaceId, IReadOnlyCollection<int>? prospectIds, CancellationToken ct)
    {
        var renovation = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Scenario!.EnergyRenovation).FirstOrDefaultAsync(ct);
        if (!renovation)
        {
            return new ContactSituation(false, new HashSet<int>());
        }
        var orders = db.Orders.Where(o => o.WorkspaceId == workspaceId).Where(OrderQueries.IsContractInProgress);
        if (prospectIds is not null)
        {
            orders = orders.Where(o => prospectIds.Contains(o.ProspectId));
        }
        var ids = await orders.Select(o => o.ProspectId).Distinct().ToListAsync(ct);
        return new ContactSituation(true, ids.ToHashSet());
    }
}
