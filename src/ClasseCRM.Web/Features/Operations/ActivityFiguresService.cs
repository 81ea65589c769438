using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// Reads the activity of a scope (<see cref="ActivityScope"/>) once, counted in SQL by outcome, result and operation,
/// and hands the counts to <see cref="ChannelFiguresBuilder"/>. The operation's results page, the reports and the
/// synthesis all come through here: one figure, one computation.
/// </summary>
public sealed class ActivityFiguresService(AppDbContext db)
{
    /// <summary>The calls of the scope: the chosen operations' calls, or the workspace's calls of the period (by Paris day).</summary>
    public IQueryable<CallLog> Calls(ActivityScope s) => s.OperationIds is { } ids
        ? db.CallLogs.Where(c => c.WorkspaceId == s.WorkspaceId && ids.Contains(c.OperationId))
        : db.CallLogs.Where(c => c.WorkspaceId == s.WorkspaceId && c.CalledOn >= s.From && c.CalledOn <= s.To);

    /// <summary>The letters and e-mails of the scope (by sending time in Paris over a period).</summary>
    public IQueryable<MailingSend> Sends(ActivityScope s)
    {
        if (s.OperationIds is { } ids)
        {
            return db.MailingSends.Where(m => m.WorkspaceId == s.WorkspaceId && ids.Contains(m.OperationId));
        }
        var (fromUtc, toUtc) = UtcBounds(s);
        return db.MailingSends.Where(m => m.WorkspaceId == s.WorkspaceId && m.SentAtUtc >= fromUtc && m.SentAtUtc < toUtc);
    }

    /// <summary>The visits of the scope; over a period, a visit counts on the day it was planned or made.</summary>
    public IQueryable<Visit> Visits(ActivityScope s) => s.OperationIds is { } ids
        ? db.Visits.Where(v => v.WorkspaceId == s.WorkspaceId && ids.Contains(v.OperationId))
        : db.Visits.Where(v => v.WorkspaceId == s.WorkspaceId
            && ((v.ReportedAtUtc != null && v.VisitedOn >= s.From && v.VisitedOn <= s.To) || (v.PlannedOn >= s.From && v.PlannedOn <= s.To)));

    /// <summary>The confirmed orders of the scope: linked to the chosen operations, or dated in the period.</summary>
    public IQueryable<Order> ConfirmedOrders(ActivityScope s) => s.OperationIds is { } ids
        ? db.Orders.ConfirmedSales().Where(o => o.WorkspaceId == s.WorkspaceId && o.OperationId != null && ids.Contains(o.OperationId.Value))
        : db.Orders.ConfirmedSales().Where(o => o.WorkspaceId == s.WorkspaceId && o.OrderDate >= s.From && o.OrderDate <= s.To);

    public static (DateTime FromUtc, DateTime ToUtc) UtcBounds(ActivityScope s) =>
        (ParisTime.ToUtc(s.From.ToDateTime(TimeOnly.MinValue)), ParisTime.ToUtc(s.To.AddDays(1).ToDateTime(TimeOnly.MinValue)));

    /// <summary>The figures of one operation: what its results page shows, and what a document covering only it shows.</summary>
    public async Task<ChannelFigures> ForOperationAsync(Operation operation, CancellationToken ct)
    {
        var figures = await ComputeAsync(ActivityScope.Operations(operation.WorkspaceId, [operation.Id], operation.StartDate, operation.EndDate), ct);
        return figures.Of(operation.Channel)!;
    }

    public async Task<ActivityFigures> ComputeAsync(ActivityScope scope, CancellationToken ct)
    {
        var variants = (await db.Workspaces.Where(w => w.Id == scope.WorkspaceId).Select(w => w.Class!).FirstAsync(ct)).RatioVariants;
        var operations = await (scope.OperationIds is { } ids
                ? db.Operations.Where(o => o.WorkspaceId == scope.WorkspaceId && ids.Contains(o.Id))
                : db.Operations.Where(o => o.WorkspaceId == scope.WorkspaceId && o.StartDate <= scope.To && o.EndDate >= scope.From))
            .OrderBy(o => o.StartDate).ThenBy(o => o.Id)
            .Select(o => new OperationPlan(o.Id, o.Name, o.Channel, o.ObjectiveContacts, o.ObjectiveAppointments, o.ObjectiveOrders, o.ObjectiveRevenue))
            .ToListAsync(ct);
        var operationIds = operations.Select(o => o.Id).ToList();

        var calls = await Calls(scope).GroupBy(c => c.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var sends = await Sends(scope).GroupBy(m => new { m.Channel, m.Result }).Select(g => new { g.Key.Channel, g.Key.Result, Count = g.Count() }).ToListAsync(ct);
        var visits = await Visits(scope)
            .GroupBy(v => new { v.OperationId, Planned = v.PlannedOn != null, Done = v.ReportedAtUtc != null, v.Result })
            .Select(g => new VisitCount(g.Key.OperationId, g.Key.Planned, g.Key.Done, g.Key.Result, g.Count(), g.Sum(v => v.Expenses)))
            .ToListAsync(ct);
        var orders = await ConfirmedOrders(scope).GroupBy(o => o.OperationId)
            .Select(g => new OrderSum(g.Key, g.Count(), g.Sum(o => o.NetExclVat), g.Sum(o => o.Margin))).ToListAsync(ct);
        // Over a period an order may be linked to an operation that does not overlap it: its channel is looked up.
        var linked = orders.Where(o => o.OperationId is { } id && !operationIds.Contains(id)).Select(o => o.OperationId!.Value).ToList();
        var channelOf = operations.ToDictionary(o => o.Id, o => o.Channel);
        if (linked.Count > 0)
        {
            foreach (var o in await db.Operations.Where(o => linked.Contains(o.Id)).Select(o => new { o.Id, o.Channel }).ToListAsync(ct))
            {
                channelOf[o.Id] = o.Channel;
            }
        }
        var costLines = await db.OperationCosts.AsNoTracking().Where(c => operationIds.Contains(c.OperationId)).ToListAsync(ct);

        var input = new ActivityCounts(
            operations,
            calls.ToDictionary(c => c.Key, c => c.Count),
            sends.Select(s => new SendCount(s.Channel, s.Result, s.Count)).ToList(),
            visits,
            orders,
            channelOf,
            costLines);
        var built = ChannelFiguresBuilder.Build(input, variants, Heading(scope, operations));
        // Issue 19: every call counts in the funnel whatever its mode; the phone section also shows the share of each mode.
        var modes = await Calls(scope).GroupBy(c => c.Mode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(m => m.Key, m => m.Count, ct);
        // Items 4 and 5: so does every visit made; the visit section shows the share declared and played in pair.
        var visitModes = await Visits(scope).Where(v => v.ReportedAtUtc != null).GroupBy(v => v.Mode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(m => m.Key, m => m.Count, ct);
        return built with
        {
            Channels = built.Channels.Select(c => c.Channel switch
            {
                Channel.Phone => c with { CallModeShares = CallModes.Shares(modes) },
                Channel.Visit => c with { CallModeShares = CallModes.VisitShares(visitModes) },
                _ => c,
            }).ToList(),
        };
    }

    private static string Heading(ActivityScope scope, List<OperationPlan> operations)
    {
        var period = $"du {scope.From:dd/MM/yyyy} au {scope.To:dd/MM/yyyy}";
        if (!scope.ByOperations)
        {
            return $"Toute l'activité de la période {period} (toutes opérations et commandes hors opération)";
        }
        var names = string.Join(", ", operations.Select(o => $"« {o.Name} »"));
        return operations.Count == 1
            ? $"Activité de l'opération {names} uniquement (toute sa durée)"
            : $"Activité des opérations {names} uniquement (toute leur durée)";
    }
}

/// <summary>An operation as the figures need it: its channel and its figured objectives.</summary>
public sealed record OperationPlan(int Id, string Name, Channel Channel, int ObjectiveContacts, int ObjectiveAppointments, int ObjectiveOrders, decimal ObjectiveRevenue);

public sealed record SendCount(Channel Channel, MailingResult Result, int Count);

public sealed record VisitCount(int OperationId, bool Planned, bool Done, VisitResult? Result, int Count, decimal Expenses);

/// <summary>Confirmed orders of one operation (or of none: <see cref="OperationId"/> null).</summary>
public sealed record OrderSum(int? OperationId, int Count, decimal Revenue, decimal Margin);

/// <summary>The counts of a scope, as read from the database: the input of <see cref="ChannelFiguresBuilder"/>.</summary>
public sealed record ActivityCounts(
    List<OperationPlan> Operations,
    Dictionary<CallOutcome, int> Calls,
    List<SendCount> Sends,
    List<VisitCount> Visits,
    List<OrderSum> Orders,
    Dictionary<int, Channel> ChannelOfOperation,
    List<OperationCost> CostLines);
