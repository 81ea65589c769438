using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>
/// Quotes and orders: written from the scenario's catalogue within the negotiation room, numbered without gaps per
/// workspace (DEV-2026-0001, BC-2026-0001), followed step by step to payment, with their anomalies. The invoicing step
/// issues the invoice (FA-2026-0001) and cancelling an invoiced order its avoir (AV-2026-0001), in the same transaction.
/// </summary>
public sealed class OrderService(AppDbContext db, AccessScope scope, WorkspaceContext workspace, Reminders.ReminderPlanner reminders, DocumentNumbers numbers, InvoiceService invoices, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(French.ToParis(clock.GetUtcNow().UtcDateTime));

    public async Task<List<OrderListItem>> ListAsync(int workspaceId, OrderQuery q, CancellationToken ct)
    {
        var today = Today;
        var query = db.Orders.AsNoTracking().Where(o => o.WorkspaceId == workspaceId);
        if (q.Statut is { } status)
        {
            query = query.Where(o => o.Status == status);
        }
        if (q.Retard)
        {
            query = query.Where(o => (o.Status == OrderStatus.Confirmed && o.ExpectedDeliveryOn < today)
                || (o.Status == OrderStatus.Invoiced && o.PaymentDueOn < today));
        }
        if (q.Impaye)
        {
            query = query.Where(o => o.Status == OrderStatus.Invoiced);
        }
        if (q.Accord)
        {
            query = query.AwaitingApproval();
        }
        return await query
            .OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id)
            .Select(o => new OrderListItem(o.Id, o.OrderNumber ?? o.QuoteNumber ?? "", o.OrderNumber == null ? null : o.QuoteNumber, o.Prospect!.Name, o.Status,
                o.OrderDate ?? o.QuoteDate, o.NetExclVat, o.TotalInclVat, o.PaidTotal, o.PaymentDueOn,
                (o.Status == OrderStatus.Confirmed && o.ExpectedDeliveryOn < today) || (o.Status == OrderStatus.Invoiced && o.PaymentDueOn < today),
                o.Status == OrderStatus.Draft && o.ManagerApproval == null && o.ApprovalRequestedAtUtc != null))
            .ToListAsync(ct);
    }

    public Task<Order?> FindAsync(int id, CancellationToken ct) =>
        db.Orders.AsNoTracking().Include(o => o.Prospect).Include(o => o.Lines.OrderBy(l => l.Position))
            .Include(o => o.Payments.OrderBy(p => p.PaidOn)).Include(o => o.Issues.OrderBy(i => i.OpenedOn))
            .FirstOrDefaultAsync(o => o.Id == id, ct);

    public async Task<OrderDetailsViewModel> DetailsAsync(Order order, CancellationToken ct)
    {
        var company = await CompanyAsync(order.WorkspaceId, ct);
        var contact = order.ContactId is { } c ? await db.Contacts.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c, ct) : null;
        var operation = order.OperationId is { } op ? await db.Operations.Where(o => o.Id == op).Select(o => o.Name).FirstOrDefaultAsync(ct) : null;
        return new OrderDetailsViewModel(order, OrderMath.Compute(order.Lines.Select(l => l.Input).ToList(), order.Discounts), company, contact, operation,
            Breaches(order, company), workspace.CanWrite(order.WorkspaceId), CanApprove(order), Today, await invoices.ForOrderAsync(order.Id, ct));
    }

    public bool CanApprove(Order order) => scope.IsTeacher && scope.WorkspaceIds.Contains(order.WorkspaceId) && order.Status == OrderStatus.Draft;

    /// <summary>The form's choices: the scenario's catalogue, the workspace's prospects and operations.</summary>
    public async Task<OrderFormViewModel> FillAsync(int workspaceId, OrderFormViewModel m, CancellationToken ct)
    {
        var scenarioId = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.ScenarioId).FirstAsync(ct);
        m.Catalogue = await db.ScenarioProducts.AsNoTracking().Where(p => p.ScenarioId == scenarioId).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);
        // The client picker shows the chosen client and, after a search, at most 20 matches: never the whole file (5 000 fiches).
        m.ClientLabel = m.ProspectId is { } chosen
            ? await db.Prospects.AsNoTracking().Where(p => p.Id == chosen && p.WorkspaceId == workspaceId && !p.IsAnonymised)
                .Select(p => p.Name + " (" + p.City + ")").FirstOrDefaultAsync(ct)
            : null;
        m.ProspectId = m.ClientLabel is null ? null : m.ProspectId;
        if (m.ClientSearch || (m.ProspectId is null && !string.IsNullOrWhiteSpace(m.ClientQuery)))
        {
            m.ClientMatches = await SearchClientsAsync(workspaceId, m.ClientQuery, ct);
        }
        m.Operations = (await db.Operations.AsNoTracking().Where(o => o.WorkspaceId == workspaceId).OrderByDescending(o => o.StartDate).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
        if (m.ProspectId is { } client)
        {
            m.Contacts = await ContactsOfAsync(workspaceId, client, ct) ?? [];
        }
        while (m.Lines.Count < OrderFormViewModel.LineCount)
        {
            m.Lines.Add(new OrderLineInput());
        }
        return m;
    }

    /// <summary>
    /// The contacts offered in « Interlocuteur » for a client of this workspace, the decision-maker first (the one taken
    /// when none is chosen); null when the fiche is not one of this workspace's clients (another student's, anonymised).
    /// </summary>
    public async Task<List<(int Id, string Label)>?> ContactsOfAsync(int workspaceId, int prospectId, CancellationToken ct)
    {
        if (!await db.Prospects.AnyAsync(p => p.Id == prospectId && p.WorkspaceId == workspaceId && !p.IsAnonymised, ct))
        {
            return null;
        }
        return (await db.Contacts.AsNoTracking().Where(c => c.ProspectId == prospectId && c.WorkspaceId == workspaceId).OrderBy(c => c.Role).ThenBy(c => c.Id)
                .Select(c => new { c.Id, c.FirstName, c.LastName, c.JobTitle, c.Civility }).ToListAsync(ct))
            .Select(c => (c.Id, $"{c.FirstName} {c.LastName}, {JobTitles.For(c.JobTitle, c.Civility)}".TrimEnd(',', ' '))).ToList();
    }

    /// <summary>The client picker's matches (<see cref="OrderClientSearch"/>): this workspace's fiches only, 20 at most.</summary>
    public Task<List<ClientChoice>> SearchClientsAsync(int workspaceId, string? text, CancellationToken ct) => OrderClientSearch.SearchAsync(db, workspaceId, text, ct);

    public static OrderFormViewModel FormOf(Order o) => new()
    {
        ProspectId = o.ProspectId,
        ContactId = o.ContactId,
        OperationId = o.OperationId,
        IsOrder = o.IsOrder,
        Lines = o.Lines.Select(l => new OrderLineInput { ProductId = l.ProductId, Quantity = l.Quantity, UnitPrice = l.UnitPriceExclVat, DiscountPercent = l.DiscountRate * 100 }).ToList(),
        RemisePercent = o.RemiseRate * 100,
        RabaisPercent = o.RabaisRate * 100,
        RistournePercent = o.RistourneRate * 100,
        EscomptePercent = o.EscompteRate * 100,
        PaymentTermDays = o.PaymentTermDays,
        PaymentTermEndOfMonth = o.PaymentTermEndOfMonth,
        OffPremises = o.OffPremises,
        DeliveryAddress = o.DeliveryAddress,
        ExpectedDeliveryOn = o.ExpectedDeliveryOn,
        ExpectedInstallationOn = o.ExpectedInstallationOn,
        Notes = o.Notes,
        AskApproval = OrderApprovals.Awaits(o),
        ApprovalRequest = o.ApprovalRequest,
    };

    /// <summary>
    /// Checks and saves a quote or an order (new when <paramref name="existing"/> is null). Returns the errors by field;
    /// breaches of the negotiation room are errors unless the student asks the teacher's agreement (the document then
    /// stays a draft) or the teacher already gave it.
    /// </summary>
    public async Task<(int? Id, List<(string Field, string Message)> Errors)> SaveAsync(int workspaceId, Order? existing, OrderFormViewModel m, string author, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        var company = await CompanyAsync(workspaceId, ct);
        var catalogue = await db.ScenarioProducts.AsNoTracking().Where(p => p.ScenarioId == company.Id).ToDictionaryAsync(p => p.Id, ct);
        var prospect = m.ProspectId is { } pid ? await db.Prospects.FirstOrDefaultAsync(p => p.Id == pid && p.WorkspaceId == workspaceId && !p.IsAnonymised, ct) : null;
        if (prospect is null)
        {
            errors.Add((nameof(m.ProspectId), "Choisissez un client de votre fichier."));
        }
        if (m.OperationId is { } opId && !await db.Operations.AnyAsync(o => o.Id == opId && o.WorkspaceId == workspaceId, ct))
        {
            errors.Add((nameof(m.OperationId), "Cette opération n'existe pas dans votre espace."));
        }
        var lines = OrderFormLines.Read(workspaceId, m, catalogue, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var order = existing is null ? new Order { WorkspaceId = workspaceId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, Status = OrderStatus.Draft }
            : await db.Orders.Include(o => o.Lines).FirstAsync(o => o.Id == existing.Id, ct);
        var agreedTerms = order.ManagerApproval is null ? null : OrderApprovals.Terms(order);
        order.ProspectId = prospect!.Id;
        // The contact chosen, if it belongs to the client; otherwise the decision-maker.
        order.ContactId = await db.Contacts.Where(c => c.ProspectId == prospect.Id && c.Id == m.ContactId).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct)
            ?? await db.Contacts.Where(c => c.ProspectId == prospect.Id).OrderBy(c => c.Role).ThenBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        order.OperationId = m.OperationId;
        order.RemiseRate = (m.RemisePercent ?? 0) / 100m;
        order.RabaisRate = (m.RabaisPercent ?? 0) / 100m;
        order.RistourneRate = (m.RistournePercent ?? 0) / 100m;
        order.EscompteRate = (m.EscomptePercent ?? 0) / 100m;
        order.PaymentTermDays = m.PaymentTermDays;
        order.PaymentTermEndOfMonth = m.PaymentTermEndOfMonth;
        order.OffPremises = m.OffPremises && prospect.Kind == ProspectKind.Individual;
        order.DeliveryAddress = string.IsNullOrWhiteSpace(m.DeliveryAddress) ? null : m.DeliveryAddress.Trim();
        order.ExpectedDeliveryOn = m.ExpectedDeliveryOn;
        order.ExpectedInstallationOn = m.ExpectedInstallationOn;
        order.Notes = string.IsNullOrWhiteSpace(m.Notes) ? null : m.Notes.Trim();
        order.Prospect = prospect;
        order.Lines.Clear();
        order.Lines.AddRange(lines);

        OrderApprovals.DropIfTermsChanged(order, agreedTerms);
        var breaches = Breaches(order, company);
        if (breaches.Count > 0 && order.ManagerApproval is null)
        {
            if (!m.AskApproval || (existing is not null && existing.Status != OrderStatus.Draft))
            {
                return (null, breaches.Select(b => ("", b)).ToList());
            }
            // Outside the negotiation room: kept as a draft until the teacher agrees.
            order.Status = OrderStatus.Draft;
            OrderApprovals.Ask(order, m.ApprovalRequest, clock.GetUtcNow().UtcDateTime);
        }
        else if (breaches.Count == 0)
        {
            OrderApprovals.Withdraw(order);
        }
        Recompute(order);

        if (existing is null)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var year = Today.Year;
            if (m.IsOrder)
            {
                order.OrderNumber = await numbers.NextAsync(workspaceId, "BC", year, ct);
            }
            else
            {
                order.QuoteNumber = await numbers.NextAsync(workspaceId, "DEV", year, ct);
            }
            db.Orders.Add(order);
            await db.SaveChangesAsync(ct);
            db.ProspectNotes.Add(ProspectNote.Event(workspaceId, prospect.Id, $"{(m.IsOrder ? "Bon de commande" : "Devis")} {order.Number} rédigé : {French.Money(order.NetExclVat)} HT.", author, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        else
        {
            // A new expected date moves its reminder.
            await SyncRemindersAsync(order, ct);
            await db.SaveChangesAsync(ct);
        }
        return (order.Id, []);
    }

    /// <summary>Moves the document to its next step, with the date of the step; refused with a French message otherwise.</summary>
    public async Task<Outcome> MoveAsync(Order snapshot, OrderStepViewModel m, string author, CancellationToken ct)
    {
        var to = m.To!.Value;
        var on = m.On!.Value;
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Prospect).FirstAsync(o => o.Id == snapshot.Id, ct);
        if (OrderWorkflow.Refusal(order.Status, to, order.IsOrder) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }
        if (order.Status == OrderStatus.Draft && to != OrderStatus.Cancelled && order.ManagerApproval is null)
        {
            var breaches = Breaches(order, await CompanyAsync(order.WorkspaceId, ct));
            if (breaches.Count > 0)
            {
                return Outcome.Refused("Hors de la marge de manœuvre, sans accord du responsable : " + string.Join(" ", breaches));
            }
        }
        if (to == OrderStatus.Cancelled && string.IsNullOrWhiteSpace(m.Reason))
        {
            return Outcome.Refused("Indiquez le motif de l'annulation.");
        }
        // Cancelling or returning an invoiced order issues its avoir (read here, before the transaction writes its number first).
        var credit = to == OrderStatus.Cancelled && await invoices.HasInvoiceAsync(order.Id, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        switch (to)
        {
            case OrderStatus.QuoteSent:
                order.QuoteDate = on;
                order.QuoteValidUntil ??= on.AddDays(30);
                break;
            case OrderStatus.Accepted:
                order.AcceptedOn = on;
                break;
            case OrderStatus.Confirmed:
                order.OrderDate = on;
                order.OrderNumber ??= await numbers.NextAsync(order.WorkspaceId, "BC", on.Year, ct);
                // The first order turns the prospect into a client.
                if (order.Prospect!.Status is ProspectStatus.Suspect or ProspectStatus.Prospect or ProspectStatus.Lost)
                {
                    var old = order.Prospect.Status;
                    order.Prospect.Status = ProspectStatus.Client;
                    db.ProspectNotes.Add(ProspectNote.Event(order.WorkspaceId, order.ProspectId, $"Statut : {Labels.Of(old)} → {Labels.Of(ProspectStatus.Client)} (première commande).", author, clock.GetUtcNow().UtcDateTime, TimelineKind.StatusChanged));
                }
                else if (order.Prospect.Status == ProspectStatus.Client && await db.Orders.ConfirmedSales().AnyAsync(o => o.ProspectId == order.ProspectId && o.Id != order.Id, ct))
                {
                    // A customer who orders again is a loyal customer (réachat).
                    order.Prospect.Status = ProspectStatus.LoyalClient;
                    db.ProspectNotes.Add(ProspectNote.Event(order.WorkspaceId, order.ProspectId, $"Statut : {Labels.Of(ProspectStatus.Client)} → {Labels.Of(ProspectStatus.LoyalClient)} (nouvelle commande).", author, clock.GetUtcNow().UtcDateTime, TimelineKind.StatusChanged));
                }
                order.Prospect.LastContactAtUtc = Max(order.Prospect.LastContactAtUtc, French.FromParis(on.ToDateTime(new TimeOnly(12, 0))));
                break;
            case OrderStatus.Delivered:
                order.DeliveredOn = on;
                break;
            case OrderStatus.Installed:
                order.InstalledOn = on;
                break;
            case OrderStatus.Invoiced:
                if (await invoices.IssueInvoiceAsync(order, on, ct) is { Succeeded: false } invoiceRefusal)
                {
                    return invoiceRefusal;
                }
                order.InvoicedOn = on;
                order.PaymentDueOn = order.Terms.DueDate(on);
                break;
            case OrderStatus.Cancelled:
                if (credit && await invoices.IssueCreditNoteAsync(order, on, m.Reason!.Trim(), ct) is { Succeeded: false } creditRefusal)
                {
                    return creditRefusal;
                }
                order.CancelledOn = on;
                order.CancelReason = m.Reason!.Trim();
                break;
        }
        order.Status = to;
        db.ProspectNotes.Add(ProspectNote.Event(order.WorkspaceId, order.ProspectId,
            $"{order.Number} : {OrderWorkflow.Label(to)} le {on.ToString("dd/MM/yyyy", French.Culture)}." + (to == OrderStatus.Cancelled ? $" Motif : {order.CancelReason}" : "")
            + (to == OrderStatus.Invoiced ? $" Facture {IssuedNumber(InvoiceKind.Invoice)}, échéance : {order.PaymentDueOn!.Value.ToString("dd/MM/yyyy", French.Culture)}." : "")
            + (credit ? $" Avoir {IssuedNumber(InvoiceKind.CreditNote)}." : ""),
            author, clock.GetUtcNow().UtcDateTime));
        await SyncRemindersAsync(order, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Done;
    }

    /// <summary>Records a payment (partial ones allowed); the order is paid when the payments cover the amount TTC.</summary>
    public async Task<Outcome> AddPaymentAsync(Order snapshot, OrderPaymentViewModel m, string author, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.Prospect).FirstAsync(o => o.Id == snapshot.Id, ct);
        if (order.Status != OrderStatus.Invoiced)
        {
            return Outcome.Refused("Un paiement s'enregistre sur une commande facturée et pas encore payée.");
        }
        var amount = Domain.Figures.Money.Cents(m.Amount!.Value);
        var remaining = order.TotalInclVat - order.PaidTotal;
        if (amount > remaining)
        {
            return Outcome.Refused($"Le paiement de {French.Money(amount)} dépasse le reste à payer de {French.Money(remaining)}.");
        }
        db.OrderPayments.Add(new OrderPayment { WorkspaceId = order.WorkspaceId, OrderId = order.Id, Amount = amount, PaidOn = m.PaidOn!.Value, Method = m.Method?.Trim() ?? "" });
        order.PaidTotal += amount;
        var text = $"{order.Number} : paiement de {French.Money(amount)} reçu le {m.PaidOn.Value.ToString("dd/MM/yyyy", French.Culture)}.";
        if (order.PaidTotal == order.TotalInclVat)
        {
            order.Status = OrderStatus.Paid;
            order.PaidOn = m.PaidOn;
            text += " Commande payée.";
        }
        db.ProspectNotes.Add(ProspectNote.Event(order.WorkspaceId, order.ProspectId, text, author, clock.GetUtcNow().UtcDateTime));
        await SyncRemindersAsync(order, ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    public async Task AddIssueAsync(Order order, OrderIssueViewModel m, string author, CancellationToken ct)
    {
        db.OrderIssues.Add(new OrderIssue { WorkspaceId = order.WorkspaceId, OrderId = order.Id, Kind = m.Kind, Description = m.Description!.Trim(), OpenedOn = m.On!.Value });
        db.ProspectNotes.Add(ProspectNote.Event(order.WorkspaceId, order.ProspectId, $"{order.Number} : {OrderWorkflow.Label(m.Kind)} — {m.Description.Trim()}", author, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> ResolveIssueAsync(Order order, int issueId, OrderIssueResolutionViewModel m, string author, CancellationToken ct)
    {
        var issue = await db.OrderIssues.FirstOrDefaultAsync(i => i.Id == issueId && i.OrderId == order.Id, ct);
        if (issue is null)
        {
            return false;
        }
        issue.Resolution = m.Resolution!.Trim();
        issue.ResolvedOn = m.On;
        db.ProspectNotes.Add(ProspectNote.Event(order.WorkspaceId, order.ProspectId, $"{order.Number} : anomalie « {OrderWorkflow.Label(issue.Kind)} » résolue — {issue.Resolution}", author, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private Task SyncRemindersAsync(Order order, CancellationToken ct) =>
        reminders.SyncOrderAsync(order, order.Prospect!.Name, order.Prospect.Kind == ProspectKind.Organisation, ct);

    /// <summary>What the document breaks of the negotiation room (price floor, discounts, payment terms), in French.</summary>
    internal static IReadOnlyList<string> Breaches(Order order, Scenario company) =>
        NegotiationRoom.Breaches(
            order.Lines.Select(l => new NegotiatedLine(l.Designation, l.Input, l.CataloguePrice, l.MaxDiscountRate)).ToList(),
            order.Discounts, company.MaxDiscountRate, order.Terms, businessClient: order.Prospect?.Kind == ProspectKind.Organisation);

    private static void Recompute(Order order)
    {
        var f = OrderMath.Compute(order.Lines.Select(l => l.Input).ToList(), order.Discounts);
        order.NetExclVat = f.NetExclVat;
        order.VatTotal = f.Vat;
        order.TotalInclVat = f.TotalInclVat;
        order.CostTotal = f.Cost;
        order.Margin = f.Margin;
    }

    /// <summary>The number of the invoice or avoir added in this unit of work.</summary>
    private string IssuedNumber(InvoiceKind kind) =>
        db.ChangeTracker.Entries<Invoice>().Select(e => e.Entity).Where(i => i.Kind == kind).Select(i => i.Number).LastOrDefault() ?? "";

    private static DateTime? Max(DateTime? a, DateTime b) => a is { } x && x > b ? x : b;

    private Task<Scenario> CompanyAsync(int workspaceId, CancellationToken ct) =>
        db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => w.Scenario!).FirstAsync(ct);
}
