using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Loyalty;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Loyalty;

/// <summary>
/// A workspace's customers in A/B/C order (Pareto on CA) with the day each should be contacted next: the last contact
/// (or the first order) plus the class's frequency for its segment. One definition for the loyalty page and the daily
/// reminders.
/// </summary>
public static class CustomerFollowUp
{
    public static async Task<List<CustomerRow>> ForWorkspaceAsync(AppDbContext db, int workspaceId, SchoolClass schoolClass, DateOnly today, CancellationToken ct)
    {
        // Confirmed orders (not cancelled, not quotes), summed in SQL per customer.
        var perCustomer = await db.Orders.ConfirmedSales().Where(o => o.WorkspaceId == workspaceId)
            .GroupBy(o => o.ProspectId)
            .Select(g => new { ProspectId = g.Key, Revenue = g.Sum(o => o.NetExclVat), Orders = g.Count(), FirstOrder = g.Min(o => o.OrderDate) })
            .ToDictionaryAsync(c => c.ProspectId, ct);
        var ids = perCustomer.Keys.ToList();
        var prospects = await db.Prospects.Where(p => p.WorkspaceId == workspaceId && ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.LastContactAtUtc }).ToDictionaryAsync(p => p.Id, ct);
        return CustomerSegmentation.Classify(perCustomer.Values.Select(c => (c.ProspectId, c.Revenue)))
            .Select(s =>
            {
                var c = perCustomer[s.ProspectId];
                var p = prospects[s.ProspectId];
                var days = schoolClass.ContactDays(s.Class);
                var last = p.LastContactAtUtc is { } l ? ParisTime.Day(l) : c.FirstOrder ?? today;
                var next = last.AddDays(days);
                return new CustomerRow(s, p.Name, c.Orders, p.LastContactAtUtc, days, next, next <= today);
            })
            .ToList();
    }
}
