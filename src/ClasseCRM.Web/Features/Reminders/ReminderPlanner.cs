using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>What a rule's reminder is about, and when it falls due.</summary>
public sealed record ReminderRequest(
    int WorkspaceId,
    string SourceKey,
    ReminderKind Kind,
    DateTime DueAtUtc,
    string Title,
    int? ProspectId = null,
    int? OperationId = null,
    int? OrderId = null,
    string? Details = null);

/// <summary>
/// Where the features' rules open, move and close their reminders, in the caller's unit of work (the caller saves).
/// One reminder per source key: a rule that runs again moves its reminder instead of adding one, and a changed date on
/// the source (a new delivery date) moves the reminder and lets it fire again. Saving schedules the Hangfire job
/// (<see cref="ReminderJobs"/>).
/// </summary>
public sealed class ReminderPlanner(AppDbContext db, TimeProvider clock)
{
    public async Task UpsertAsync(ReminderRequest request, CancellationToken ct)
    {
        var reminder = await FindAsync(request.WorkspaceId, request.SourceKey, ct);
        if (reminder is null)
        {
            db.Reminders.Add(new Reminder
            {
                WorkspaceId = request.WorkspaceId,
                SourceKey = request.SourceKey,
                Kind = request.Kind,
                Title = Cut(request.Title, 300),
                Details = request.Details is null ? null : Cut(request.Details, 2000),
                ProspectId = request.ProspectId,
                OperationId = request.OperationId,
                OrderId = request.OrderId,
                DueAtUtc = request.DueAtUtc,
                Status = ReminderStatus.Open,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            return;
        }
        reminder.Title = Cut(request.Title, 300);
        reminder.Details = request.Details is null ? null : Cut(request.Details, 2000);
        if (reminder.DueAtUtc != request.DueAtUtc || reminder.Status != ReminderStatus.Open)
        {
            reminder.DueAtUtc = request.DueAtUtc;
            reminder.Status = ReminderStatus.Open;
            reminder.FiredAtUtc = null;
            reminder.ClosedAtUtc = null;
        }
    }

    /// <summary>Closes the rule's reminder when its source no longer needs it (the answer came, the order was delivered…).</summary>
    public async Task CloseAsync(int workspaceId, string sourceKey, ReminderStatus status, CancellationToken ct)
    {
        if (await FindAsync(workspaceId, sourceKey, ct) is { Status: ReminderStatus.Open } reminder)
        {
            reminder.Status = status;
            reminder.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
        }
    }

    /// <summary>
    /// The reminders an order needs in its current state: quote without answer (7 days after it was sent), delivery
    /// check (the day after the expected delivery), installation (its date), payment due then overdue (with the
    /// penalty mention for a business), satisfaction call (7 days after delivery). Called after every change of the
    /// order: a reminder no longer needed is closed, a moved date moves its reminder.
    /// </summary>
    public async Task SyncOrderAsync(Domain.Orders.Order order, string clientName, bool businessClient, CancellationToken ct)
    {
        var ws = order.WorkspaceId;
        var key = $"order:{order.Id}";
        var status = order.Status;
        async Task Want(string suffix, bool wanted, Func<ReminderRequest> request, ReminderStatus closeAs = ReminderStatus.Done)
        {
            if (wanted)
            {
                await UpsertAsync(request(), ct);
            }
            else
            {
                await CloseAsync(ws, $"{key}:{suffix}", status == Domain.Orders.OrderStatus.Cancelled ? ReminderStatus.Cancelled : closeAs, ct);
            }
        }
        await Want("quote", status == Domain.Orders.OrderStatus.QuoteSent && order.QuoteDate is not null, () => new(ws, $"{key}:quote", ReminderKind.QuoteNoAnswer,
            ReminderTimes.MorningOf(order.QuoteDate!.Value.AddDays(ReminderTexts.DaysWithoutAnswer)), ReminderTexts.QuoteNoAnswer(clientName, order.QuoteNumber), order.ProspectId, order.OperationId, order.Id));
        await Want("delivery", status == Domain.Orders.OrderStatus.Confirmed && order.ExpectedDeliveryOn is not null, () => new(ws, $"{key}:delivery", ReminderKind.DeliveryCheck,
            ReminderTimes.MorningOf(order.ExpectedDeliveryOn!.Value.AddDays(1)), ReminderTexts.DeliveryCheck(clientName, order.Number), order.ProspectId, order.OperationId, order.Id,
            $"Livraison prévue le {order.ExpectedDeliveryOn:dd/MM/yyyy} : appeler le client pour vérifier qu'elle a eu lieu et qu'elle est conforme."));
        await Want("installation", status is Domain.Orders.OrderStatus.Confirmed or Domain.Orders.OrderStatus.Delivered && order.ExpectedInstallationOn is not null, () => new(ws, $"{key}:installation",
            ReminderKind.Installation, ReminderTimes.MorningOf(order.ExpectedInstallationOn!.Value), ReminderTexts.Installation(clientName, order.Number), order.ProspectId, order.OperationId, order.Id));
        await Want("payment", status == Domain.Orders.OrderStatus.Invoiced && order.PaymentDueOn is not null, () => new(ws, $"{key}:payment", ReminderKind.PaymentDue,
            ReminderTimes.MorningOf(order.PaymentDueOn!.Value), ReminderTexts.PaymentDue(clientName, order.Number), order.ProspectId, order.OperationId, order.Id));
        await Want("overdue", status == Domain.Orders.OrderStatus.Invoiced && order.PaymentDueOn is not null, () => new(ws, $"{key}:overdue", ReminderKind.PaymentOverdue,
            ReminderTimes.MorningOf(order.PaymentDueOn!.Value.AddDays(1)), ReminderTexts.PaymentOverdue(clientName, order.Number), order.ProspectId, order.OperationId, order.Id,
            businessClient
                ? "Relancer le client : des pénalités de retard (taux BCE + 10 points) et l'indemnité forfaitaire de 40 € sont dues sans rappel."
                : "Relancer le client pour le paiement."));
        await Want("satisfaction", order.DeliveredOn is not null && status != Domain.Orders.OrderStatus.Cancelled
                && (await FindAsync(ws, $"{key}:satisfaction", ct)) is not { Status: not ReminderStatus.Open },
            () => new(ws, $"{key}:satisfaction", ReminderKind.SatisfactionCall, ReminderTimes.MorningOf(order.DeliveredOn!.Value.AddDays(7)),
                ReminderTexts.SatisfactionCall(clientName, order.Number), order.ProspectId, order.OperationId, order.Id, "Entre 7 et 15 jours après la livraison."));
    }

    /// <summary>Closes every open reminder of a kind about a prospect (a satisfaction call made closes those waiting).</summary>
    public async Task CloseKindAsync(int workspaceId, int prospectId, ReminderKind kind, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in await db.Reminders.Where(r => r.WorkspaceId == workspaceId && r.ProspectId == prospectId && r.Kind == kind && r.Status == ReminderStatus.Open).ToListAsync(ct))
        {
            r.Status = ReminderStatus.Done;
            r.ClosedAtUtc = now;
        }
    }

    private async Task<Reminder?> FindAsync(int workspaceId, string key, CancellationToken ct) =>
        db.Reminders.Local.FirstOrDefault(r => r.WorkspaceId == workspaceId && r.SourceKey == key)
        ?? await db.Reminders.FirstOrDefaultAsync(r => r.WorkspaceId == workspaceId && r.SourceKey == key, ct);

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
