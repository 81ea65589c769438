using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Loyalty;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Loyalty;

/// <summary>
/// Fidélisation: customers segmented A/B/C by CA (Pareto) with the class's contact frequency, those due for a contact,
/// satisfaction calls due after a delivery, loyalty actions planned and logged, and the loyalty figures of a period.
/// </summary>
public sealed class LoyaltyService(AppDbContext db, WorkspaceContext workspace, Reminders.ReminderPlanner reminders, TimeProvider clock)
{
    /// <summary>DOMAIN.md: the satisfaction call comes 7 to 15 days after the delivery.</summary>
    public const int SatisfactionFromDays = 7;
    public const int SatisfactionToDays = 15;

    public DateOnly Today => DateOnly.FromDateTime(French.ToParis(clock.GetUtcNow().UtcDateTime));

    public async Task<LoyaltyPageViewModel> PageAsync(int workspaceId, DateOnly? from, DateOnly? to, LoyaltyPlanViewModel? plan, CancellationToken ct)
    {
        var today = Today;
        var end = to ?? today;
        var start = from ?? end.AddDays(-89);
        if (start > end)
        {
            (start, end) = (end, start);
        }
        var schoolClass = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Class!).FirstAsync(ct);

        var confirmed = db.Orders.ConfirmedSales().Where(o => o.WorkspaceId == workspaceId);
        var customers = await CustomerFollowUp.ForWorkspaceAsync(db, workspaceId, schoolClass, today, ct);

        var orders = await confirmed.Where(o => o.OrderDate != null)
            .Select(o => new CustomerOrder(o.ProspectId, o.OrderDate!.Value, o.NetExclVat)).ToListAsync(ct);
        var scores = await db.LoyaltyActions.Where(a => a.WorkspaceId == workspaceId && a.Satisfaction != null && a.DoneOn >= start && a.DoneOn <= end)
            .Select(a => a.Satisfaction!.Value).ToListAsync(ct);

        var deliveredFrom = today.AddDays(-SatisfactionToDays);
        var deliveredTo = today.AddDays(-SatisfactionFromDays);
        var satisfaction = await db.Orders.Where(o => o.WorkspaceId == workspaceId && o.DeliveredOn >= deliveredFrom && o.DeliveredOn <= deliveredTo
                && o.Status != OrderStatus.Cancelled
                && !db.LoyaltyActions.Any(a => a.ProspectId == o.ProspectId && a.Kind == LoyaltyKind.SatisfactionCall && a.DoneOn >= o.DeliveredOn))
            .OrderBy(o => o.DeliveredOn)
            .Select(o => new SatisfactionDue(o.Id, o.OrderNumber ?? "", o.ProspectId, o.Prospect!.Name, o.DeliveredOn!.Value))
            .ToListAsync(ct);

        var actions = await db.LoyaltyActions.AsNoTracking().Include(a => a.Prospect).Where(a => a.WorkspaceId == workspaceId)
            .OrderBy(a => a.PlannedOn).ThenBy(a => a.Id).ToListAsync(ct);
        return new LoyaltyPageViewModel(workspaceId, workspace.CanWrite(workspaceId), start, end,
            LoyaltyFigures.Compute(orders, scores, start, end),
            customers, satisfaction,
            actions.Where(a => a.DoneOn is null).ToList(),
            actions.Where(a => a.DoneOn is not null).OrderByDescending(a => a.DoneOn).ThenByDescending(a => a.Id).ToList(),
            plan ?? new LoyaltyPlanViewModel { PlannedOn = today });
    }

    public async Task<bool> PlanAsync(int workspaceId, LoyaltyPlanViewModel m, string author, CancellationToken ct)
    {
        var prospect = await db.Prospects.FirstOrDefaultAsync(p => p.Id == m.ProspectId && p.WorkspaceId == workspaceId && !p.IsAnonymised, ct);
        if (prospect is null)
        {
            return false;
        }
        var action = new LoyaltyAction
        {
            WorkspaceId = workspaceId,
            ProspectId = prospect.Id,
            Kind = m.Kind,
            PlannedOn = m.PlannedOn!.Value,
            Notes = string.IsNullOrWhiteSpace(m.Notes) ? null : m.Notes.Trim(),
        };
        db.LoyaltyActions.Add(action);
        db.ProspectNotes.Add(ProspectNote.Event(workspaceId, prospect.Id,
            $"Fidélisation : {LoyaltyLabels.Of(m.Kind)} à faire le {m.PlannedOn.Value.ToString("dd/MM/yyyy", French.Culture)}.", author, clock.GetUtcNow().UtcDateTime));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await reminders.UpsertAsync(new(workspaceId, $"loyalty:{action.Id}", Domain.Reminders.ReminderKind.LoyaltyAction, Domain.Reminders.ReminderTimes.MorningOf(action.PlannedOn),
            $"{LoyaltyLabels.Of(action.Kind)} — {prospect.Name}", prospect.Id, Details: action.Notes), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Logs what was done: the result and the satisfaction score; a call, a visit… is a contact (not an offer sent).</summary>
    public async Task<bool> LogAsync(int workspaceId, int actionId, LoyaltyLogViewModel m, string author, CancellationToken ct)
    {
        var action = await db.LoyaltyActions.Include(a => a.Prospect).FirstOrDefaultAsync(a => a.Id == actionId && a.WorkspaceId == workspaceId, ct);
        if (action is null)
        {
            return false;
        }
        action.DoneOn = m.DoneOn;
        action.Result = m.Result!.Trim();
        action.Satisfaction = m.Satisfaction;
        action.Comment = string.IsNullOrWhiteSpace(m.Comment) ? null : m.Comment.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        if (LoyaltyLabels.IsContact(action.Kind))
        {
            var at = French.FromParis(m.DoneOn!.Value.ToDateTime(new TimeOnly(12, 0)));
            at = at > now ? now : at;
            if (action.Prospect!.LastContactAtUtc is null || action.Prospect.LastContactAtUtc < at)
            {
                action.Prospect.LastContactAtUtc = at;
            }
        }
        await reminders.CloseAsync(workspaceId, $"loyalty:{action.Id}", Domain.Reminders.ReminderStatus.Done, ct);
        if (action.Kind == LoyaltyKind.SatisfactionCall)
        {
            await reminders.CloseKindAsync(workspaceId, action.ProspectId, Domain.Reminders.ReminderKind.SatisfactionCall, ct);
        }
        db.ProspectNotes.Add(ProspectNote.Event(workspaceId, action.ProspectId,
            $"Fidélisation : {LoyaltyLabels.Of(action.Kind)} le {m.DoneOn!.Value.ToString("dd/MM/yyyy", French.Culture)} — {action.Result}"
            + (action.Satisfaction is { } s ? $" Satisfaction : {s}/5." : "") + (action.Comment is { } c ? $" « {c} »" : ""),
            author, now));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
