using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Features.Loyalty;
using ClasseCRM.Web.Features.Orders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// In each workspace of the first class: the order taken at the first visit (delivered, invoiced, half paid), the quote
/// given at the second, an older order paid and followed by a satisfaction call, an order delivered ten days ago
/// (satisfaction call due), a reorder reminder planned; and in eleve1's workspace a quote waiting for the teacher's
/// agreement (a discount beyond the negotiation room). Every order goes through the order service, as for a student, and
/// is then signed by the workspace's student, as are the timeline lines the services wrote in their name. Every step
/// is dated on a working day (<see cref="DemoCalendar"/>).
/// </summary>
public sealed class OrdersAndLoyaltyStory(AppDbContext db, OrderService orders, LoyaltyService loyalty)
{
    public async Task SeedAsync(DateTime now, CancellationToken ct)
    {
        var calendar = new DemoCalendar(now);
        var workspaces = await db.Workspaces.Where(w => w.Class!.Name == "1re MCV B").OrderBy(w => w.Id)
            .Select(w => new
            {
                w.Id,
                w.ScenarioId,
                Student = w.Members.Select(m => m.Student!.FirstName + " " + m.Student.LastName).First(),
                StudentId = w.Members.Select(m => m.StudentId).First(),
                IsEleve1 = w.Members.Any(m => m.Student!.UserName == "eleve1"),
            })
            .ToListAsync(ct);
        foreach (var w in workspaces)
        {
            var products = await db.ScenarioProducts.Where(p => p.ScenarioId == w.ScenarioId).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
            var tour = await db.Operations.Where(o => o.WorkspaceId == w.Id && o.Channel == Domain.Contacting.Channel.Visit).FirstAsync(ct);
            var reported = await db.Visits.Where(v => v.OperationId == tour.Id && v.ReportedAtUtc != null).OrderBy(v => v.Id).Select(v => new { v.ProspectId, v.Result }).ToListAsync(ct);
            var others = await db.Prospects.Where(p => p.WorkspaceId == w.Id && p.Kind == ProspectKind.Organisation && !p.IsAnonymised).OrderBy(p => p.Id).Skip(32).Take(3).Select(p => p.Id).ToListAsync(ct);
            var desk = new Desk(w.Id, w.Student, products, calendar);

            var toInvoice = await QuoteVisitsAsync(desk, tour.Id, reported.Select(v => (v.ProspectId, v.Result)).ToList(), ct);
            if (others.Count == 3)
            {
                await OlderCustomersAsync(desk, others[0], others[1], ct);
            }
            // Invoices are numbered in chronological order: the order of the visit is invoiced after the older one (its
            // invoice is issued by the invoicing step, as for a student), then partly paid.
            foreach (var id in toInvoice)
            {
                await StepAsync(desk, id, OrderStatus.Invoiced, desk.Day(-1), ct);
                var invoiced = (await orders.FindAsync(id, ct))!;
                await orders.AddPaymentAsync(invoiced, new OrderPaymentViewModel { Amount = Domain.Figures.Money.Cents(invoiced.TotalInclVat * 0.3m), PaidOn = desk.Day(0), Method = "Acompte par virement" }, w.Student, ct);
            }
            if (w.IsEleve1 && others.Count == 3)
            {
                await AskApprovalAsync(desk, others[2], ct);
            }
            await db.Orders.Where(o => o.WorkspaceId == w.Id && o.AuthorId == null).ExecuteUpdateAsync(u => u.SetProperty(o => o.AuthorId, w.StudentId), ct);
            await db.ProspectNotes.Where(n => n.WorkspaceId == w.Id && n.AuthorId == null && n.AuthorName == w.Student)
                .ExecuteUpdateAsync(u => u.SetProperty(n => n.AuthorId, w.StudentId), ct);
        }
    }

    /// <summary>A quote for each reported visit, at the amount the report states; the visit that ended with an order goes on to delivery. Returns the orders to invoice.</summary>
    private async Task<List<int>> QuoteVisitsAsync(Desk desk, int tourId, List<(int ProspectId, VisitResult? Result)> reported, CancellationToken ct)
    {
        var toInvoice = new List<int>();
        foreach (var visit in reported)
        {
            // The order taken at a visit is delivered the day before seeding: that is the date it was expected on.
            var quote = await NewAsync(desk, visit.ProspectId, false, tourId, visit.Result == VisitResult.Order ? desk.Day(-1) : desk.Day(4), ct, (0, 1, 5m), (2, 1, null));
            await StepAsync(desk, quote, OrderStatus.QuoteSent, desk.Day(-3), ct);
            // The visit report states the amount of the quote handed over (or of the order taken): the same figure.
            var net = await db.Orders.Where(o => o.Id == quote).Select(o => o.NetExclVat).FirstAsync(ct);
            await db.Visits.Where(v => v.OperationId == tourId && v.ProspectId == visit.ProspectId)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.Amount, net), ct);
            if (visit.Result == VisitResult.Order)
            {
                await StepAsync(desk, quote, OrderStatus.Accepted, desk.Day(-3), ct);
                await StepAsync(desk, quote, OrderStatus.Confirmed, desk.Day(-3), ct);
                await StepAsync(desk, quote, OrderStatus.Delivered, desk.Day(-1), ct);
                toInvoice.Add(quote);
            }
        }
        return toInvoice;
    }

    /// <summary>An older order paid and followed by a satisfaction call and a reorder reminder; an order delivered ten days ago.</summary>
    private async Task OlderCustomersAsync(Desk desk, int loyalCustomer, int recentCustomer, CancellationToken ct)
    {
        var old = await NewAsync(desk, loyalCustomer, true, null, desk.Day(-32), ct, (5, 20, null), (3, 2, 10m));
        await StepAsync(desk, old, OrderStatus.Confirmed, desk.Day(-35), ct);
        await StepAsync(desk, old, OrderStatus.Delivered, desk.Day(-32), ct);
        await StepAsync(desk, old, OrderStatus.Invoiced, desk.Day(-32), ct);
        var paid = (await orders.FindAsync(old, ct))!;
        await orders.AddPaymentAsync(paid, new OrderPaymentViewModel { Amount = paid.TotalInclVat, PaidOn = desk.Day(-14), Method = "Virement" }, desk.Student, ct);
        await loyalty.PlanAsync(desk.WorkspaceId, new LoyaltyPlanViewModel { ProspectId = loyalCustomer, Kind = Domain.Loyalty.LoyaltyKind.SatisfactionCall, PlannedOn = desk.Day(-26) }, desk.Student, ct);
        var call = await db.LoyaltyActions.Where(a => a.ProspectId == loyalCustomer).Select(a => a.Id).FirstAsync(ct);
        await loyalty.LogAsync(desk.WorkspaceId, call, new LoyaltyLogViewModel { DoneOn = desk.Day(-26), Result = "Installation conforme, fauteuils appréciés.", Satisfaction = 4, Comment = "Livraison rapide." }, desk.Student, ct);
        await loyalty.PlanAsync(desk.WorkspaceId, new LoyaltyPlanViewModel { ProspectId = loyalCustomer, Kind = Domain.Loyalty.LoyaltyKind.ReorderReminder, PlannedOn = desk.Day(4), Notes = "Stock de papier à renouveler" }, desk.Student, ct);

        var recent = await NewAsync(desk, recentCustomer, true, null, desk.Day(-7), ct, (4, 2, null));
        await StepAsync(desk, recent, OrderStatus.Confirmed, desk.Day(-10), ct);
        await StepAsync(desk, recent, OrderStatus.Delivered, desk.Day(-7), ct);
    }

    /// <summary>15 % on a copier whose room is 10 %: the student asked the teacher's agreement.</summary>
    private async Task AskApprovalAsync(Desk desk, int prospectId, CancellationToken ct)
    {
        var form = new OrderFormViewModel
        {
            ProspectId = prospectId,
            PaymentTermDays = 30,
            AskApproval = true,
            Notes = "Client prêt à signer pour 3 copieurs si 15 % de remise.",
            ApprovalRequest = "Le client signe pour 3 copieurs si j'accorde 15 % de remise : pouvez-vous l'accepter ?",
            Lines = [new OrderLineInput { ProductId = desk.Products[0], Quantity = 3, DiscountPercent = 15 }],
        };
        if ((await orders.SaveAsync(desk.WorkspaceId, null, form, desk.Student, ct)).Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.Message)));
        }
    }

    /// <summary>
    /// A quote or an order saved by the student, lines given as (product's rank in the catalogue, quantity, discount %),
    /// with the delivery date it expects (an order delivered in the story was expected on its delivery day: its invoice
    /// must not announce a delivery after it).
    /// </summary>
    private async Task<int> NewAsync(Desk desk, int prospectId, bool isOrder, int? operationId, DateOnly expectedDelivery, CancellationToken ct, params (int Product, decimal Quantity, decimal? Discount)[] lines)
    {
        var form = new OrderFormViewModel
        {
            ProspectId = prospectId,
            IsOrder = isOrder,
            OperationId = operationId,
            PaymentTermDays = 30,
            ExpectedDeliveryOn = expectedDelivery,
            Lines = lines.Select(l => new OrderLineInput { ProductId = desk.Products[l.Product], Quantity = l.Quantity, DiscountPercent = l.Discount }).ToList(),
        };
        var (id, errors) = await orders.SaveAsync(desk.WorkspaceId, null, form, desk.Student, ct);
        return id ?? throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.Message)));
    }

    /// <summary>One step of the order's follow-up, through the order service's rules (a refused step stops the demo).</summary>
    private async Task StepAsync(Desk desk, int id, OrderStatus to, DateOnly on, CancellationToken ct)
    {
        var order = (await orders.FindAsync(id, ct))!;
        if (await orders.MoveAsync(order, new OrderStepViewModel { To = to, On = on }, desk.Student, ct) is { IsRefused: true } error)
        {
            throw new InvalidOperationException(error.Message);
        }
    }

    /// <summary>The workspace the orders are taken in, its student's name, the scenario's products in catalogue order, and the demo's calendar.</summary>
    private sealed record Desk(int WorkspaceId, string Student, List<int> Products, DemoCalendar Calendar)
    {
        /// <summary>The working day that many working days from the day of seeding (<see cref="DemoCalendar.WorkingDay"/>).</summary>
        public DateOnly Day(int offset) => Calendar.WorkingDay(offset);
    }
}
