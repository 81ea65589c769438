using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>
/// Factures and avoirs (DOMAIN.md « Facture »): an order reaching « facturée » gets its invoice, an invoiced order that
/// is cancelled or returned gets its avoir. Each kind is one unbroken chronological series per workspace and year
/// (FA-2026-0001, AV-2026-0001): the number is taken first in the caller's transaction, a date earlier than the last
/// document of the series is refused, and an order never gets two invoices or two avoirs.
/// </summary>
public sealed class InvoiceService(AppDbContext db, DocumentNumbers numbers, TimeProvider clock)
{
    /// <summary>
    /// Issues the invoice of <paramref name="order"/> (tracked, with its lines and client) dated <paramref name="on"/>,
    /// inside the caller's transaction; the caller saves. Null when issued; otherwise the French reason (nothing is kept:
    /// the caller rolls back, so the number is not used).
    /// </summary>
    public async Task<Outcome> IssueInvoiceAsync(Order order, DateOnly on, CancellationToken ct)
    {
        var number = await numbers.NextAsync(order.WorkspaceId, InvoiceRules.InvoicePrefix, on.Year, ct);
        if (await db.Invoices.Where(i => i.OrderId == order.Id && i.Kind == InvoiceKind.Invoice).Select(i => i.Number).FirstOrDefaultAsync(ct) is { } existing)
        {
            return Outcome.Refused($"Cette commande est déjà facturée : facture {existing}.");
        }
        if (await ChronologyBreachAsync(order.WorkspaceId, InvoiceKind.Invoice, on, ct) is { } breach)
        {
            return Outcome.Refused(breach);
        }
        var seller = await db.Workspaces.AsNoTracking().Where(w => w.Id == order.WorkspaceId).Select(w => w.Scenario!).FirstAsync(ct);
        var productIds = order.Lines.Where(l => l.ProductId != null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var services = await db.ScenarioProducts.AsNoTracking().Where(p => productIds.Contains(p.Id) && p.IsService).Select(p => p.Id).ToListAsync(ct);
        var invoice = InvoiceRules.InvoiceOf(order, seller, order.Prospect!, id => id is { } p && services.Contains(p), number, on, clock.GetUtcNow().UtcDateTime);
        db.Invoices.Add(invoice);
        return Outcome.Done;
    }

    /// <summary>
    /// Issues the avoir of the order's invoice (the whole invoice, amounts negated), dated <paramref name="on"/>, inside the
    /// caller's transaction; the caller saves. Null when issued; otherwise the French reason.
    /// </summary>
    public async Task<Outcome> IssueCreditNoteAsync(Order order, DateOnly on, string reason, CancellationToken ct)
    {
        var number = await numbers.NextAsync(order.WorkspaceId, InvoiceRules.CreditNotePrefix, on.Year, ct);
        var invoices = await db.Invoices.Include(i => i.Lines).Include(i => i.VatLines).AsSplitQuery()
            .Where(i => i.OrderId == order.Id).ToListAsync(ct);
        var invoice = invoices.FirstOrDefault(i => i.Kind == InvoiceKind.Invoice);
        if (invoice is null)
        {
            return Outcome.Refused("Cette commande n'a pas de facture : il n'y a pas d'avoir à émettre.");
        }
        if (invoices.FirstOrDefault(i => i.Kind == InvoiceKind.CreditNote) is { } existing)
        {
            return Outcome.Refused($"La facture {invoice.Number} a déjà son avoir : {existing.Number}.");
        }
        if (on < invoice.IssuedOn)
        {
            return Outcome.Refused($"L'avoir ne peut pas précéder la facture {invoice.Number} du {Day(invoice.IssuedOn)}.");
        }
        if (await ChronologyBreachAsync(order.WorkspaceId, InvoiceKind.CreditNote, on, ct) is { } breach)
        {
            return Outcome.Refused(breach);
        }
        db.Invoices.Add(InvoiceRules.CreditNoteOf(invoice, number, on, reason, clock.GetUtcNow().UtcDateTime));
        return Outcome.Done;
    }

    /// <summary>Whether the order has an invoice (read before the transaction that would credit it).</summary>
    public Task<bool> HasInvoiceAsync(int orderId, CancellationToken ct) =>
        db.Invoices.AnyAsync(i => i.OrderId == orderId && i.Kind == InvoiceKind.Invoice, ct);

    /// <summary>The invoice and the avoir of an order, headers only, invoice first.</summary>
    public Task<List<Invoice>> ForOrderAsync(int orderId, CancellationToken ct) =>
        db.Invoices.AsNoTracking().Where(i => i.OrderId == orderId).OrderBy(i => i.Kind).ToListAsync(ct);

    /// <summary>The whole document, for its PDF; null when the order has none of that kind (or is out of the user's scope).</summary>
    public Task<Invoice?> FindAsync(int orderId, InvoiceKind kind, CancellationToken ct) =>
        db.Invoices.AsNoTracking().Include(i => i.Lines.OrderBy(l => l.Position)).Include(i => i.VatLines.OrderByDescending(v => v.Rate)).AsSplitQuery()
            .FirstOrDefaultAsync(i => i.OrderId == orderId && i.Kind == kind, ct);

    /// <summary>An unbroken chronological series: a document may not be dated before the last one of its series.</summary>
    private async Task<string?> ChronologyBreachAsync(int workspaceId, InvoiceKind kind, DateOnly on, CancellationToken ct)
    {
        var last = await db.Invoices.Where(i => i.WorkspaceId == workspaceId && i.Kind == kind)
            .OrderByDescending(i => i.IssuedOn).ThenByDescending(i => i.Id).Select(i => new { i.Number, i.IssuedOn }).FirstOrDefaultAsync(ct);
        if (last is null || on >= last.IssuedOn)
        {
            return null;
        }
        return kind == InvoiceKind.Invoice
            ? $"La date de la facture ({Day(on)}) précède celle de la dernière facture émise ({last.Number} du {Day(last.IssuedOn)}) : "
                + "les factures sont numérotées dans l'ordre chronologique. Choisissez une date égale ou postérieure."
            : $"La date de l'avoir ({Day(on)}) précède celle du dernier avoir émis ({last.Number} du {Day(last.IssuedOn)}) : "
                + "les avoirs sont numérotés dans l'ordre chronologique. Choisissez une date égale ou postérieure.";
    }

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", French.Culture);
}
