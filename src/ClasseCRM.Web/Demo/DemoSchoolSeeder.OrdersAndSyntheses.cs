using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>The demo school's stories of orders, loyalty and the U22 synthesis (the rest of the seeder is in DemoSchoolSeeder.cs).</summary>
public sealed partial class DemoSchoolSeeder
{
    /// <summary>
    /// In each workspace of the first class: the order taken at the first visit (delivered, invoiced, half paid), the quote
    /// given at the second, an older order paid and followed by a satisfaction call, an order delivered ten days ago
    /// (satisfaction call due), a reorder reminder planned; and in eleve1's workspace a quote waiting for the teacher's
    /// agreement (a discount beyond the negotiation room).
    /// </summary>
    private async Task AddOrdersAndLoyaltyAsync(DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Infrastructure.Formatting.French.ToParis(now));
        var workspaces = await db.Workspaces.Where(w => w.Class!.Name == "1re MCV B").OrderBy(w => w.Id)
            .Select(w => new { w.Id, w.ScenarioId, Student = w.Members.Select(m => m.Student!.FirstName + " " + m.Student.LastName).First(), IsEleve1 = w.Members.Any(m => m.Student!.UserName == "eleve1") })
            .ToListAsync(ct);
        foreach (var w in workspaces)
        {
            var products = await db.ScenarioProducts.Where(p => p.ScenarioId == w.ScenarioId).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
            var tour = await db.Operations.Where(o => o.WorkspaceId == w.Id && o.Channel == Domain.Contacting.Channel.Visit).FirstAsync(ct);
            var reported = await db.Visits.Where(v => v.OperationId == tour.Id && v.ReportedAtUtc != null).OrderBy(v => v.Id).Select(v => new { v.ProspectId, v.Result }).ToListAsync(ct);
            var others = await db.Prospects.Where(p => p.WorkspaceId == w.Id && p.Kind == ProspectKind.Organisation && !p.IsAnonymised).OrderBy(p => p.Id).Skip(32).Take(3).Select(p => p.Id).ToListAsync(ct);

            async Task<int> NewAsync(int prospectId, bool isOrder, int? operationId, params (int Product, decimal Quantity, decimal? Discount)[] lines)
            {
                var form = new Features.Orders.OrderFormViewModel
                {
                    ProspectId = prospectId,
                    IsOrder = isOrder,
                    OperationId = operationId,
                    PaymentTermDays = 30,
                    ExpectedDeliveryOn = today.AddDays(5),
                    Lines = lines.Select(l => new Features.Orders.OrderLineInput { ProductId = products[l.Product], Quantity = l.Quantity, DiscountPercent = l.Discount }).ToList(),
                };
                var (id, errors) = await orders.SaveAsync(w.Id, null, form, w.Student, ct);
                return id ?? throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.Message)));
            }
            async Task StepAsync(int id, Domain.Orders.OrderStatus to, DateOnly on)
            {
                var order = (await orders.FindAsync(id, ct))!;
                if (await orders.MoveAsync(order, new Features.Orders.OrderStepViewModel { To = to, On = on }, w.Student, ct) is { } error)
                {
                    throw new InvalidOperationException(error);
                }
            }

            var toInvoice = new List<int>();
            foreach (var visit in reported)
            {
                var quote = await NewAsync(visit.ProspectId, false, tour.Id, (0, 1, 5m), (2, 1, null));
                await StepAsync(quote, Domain.Orders.OrderStatus.QuoteSent, today.AddDays(-3));
                // The visit report states the amount of the quote handed over (or of the order taken): the same figure.
                var net = await db.Orders.Where(o => o.Id == quote).Select(o => o.NetExclVat).FirstAsync(ct);
                await db.Visits.Where(v => v.OperationId == tour.Id && v.ProspectId == visit.ProspectId)
                    .ExecuteUpdateAsync(u => u.SetProperty(v => v.Amount, net), ct);
                if (visit.Result == VisitResult.Order)
                {
                    await StepAsync(quote, Domain.Orders.OrderStatus.Accepted, today.AddDays(-3));
                    await StepAsync(quote, Domain.Orders.OrderStatus.Confirmed, today.AddDays(-3));
                    await StepAsync(quote, Domain.Orders.OrderStatus.Delivered, today.AddDays(-1));
                    toInvoice.Add(quote);
                }
            }
            if (others.Count == 3)
            {
                var old = await NewAsync(others[0], true, null, (5, 20, null), (3, 2, 10m));
                await StepAsync(old, Domain.Orders.OrderStatus.Confirmed, today.AddDays(-50));
                await StepAsync(old, Domain.Orders.OrderStatus.Delivered, today.AddDays(-45));
                await StepAsync(old, Domain.Orders.OrderStatus.Invoiced, today.AddDays(-45));
                var paid = (await orders.FindAsync(old, ct))!;
                await orders.AddPaymentAsync(paid, new Features.Orders.OrderPaymentViewModel { Amount = paid.TotalInclVat, PaidOn = today.AddDays(-20), Method = "Virement" }, w.Student, ct);
                await loyalty.PlanAsync(w.Id, new Features.Loyalty.LoyaltyPlanViewModel { ProspectId = others[0], Kind = Domain.Loyalty.LoyaltyKind.SatisfactionCall, PlannedOn = today.AddDays(-36) }, w.Student, ct);
                var call = await db.LoyaltyActions.Where(a => a.ProspectId == others[0]).Select(a => a.Id).FirstAsync(ct);
                await loyalty.LogAsync(w.Id, call, new Features.Loyalty.LoyaltyLogViewModel { DoneOn = today.AddDays(-36), Result = "Installation conforme, fauteuils appréciés.", Satisfaction = 4, Comment = "Livraison rapide." }, w.Student, ct);
                await loyalty.PlanAsync(w.Id, new Features.Loyalty.LoyaltyPlanViewModel { ProspectId = others[0], Kind = Domain.Loyalty.LoyaltyKind.ReorderReminder, PlannedOn = today.AddDays(6), Notes = "Stock de papier à renouveler" }, w.Student, ct);

                var recent = await NewAsync(others[1], true, null, (4, 2, null));
                await StepAsync(recent, Domain.Orders.OrderStatus.Confirmed, today.AddDays(-14));
                await StepAsync(recent, Domain.Orders.OrderStatus.Delivered, today.AddDays(-10));
            }
            // Invoices are numbered in chronological order: the order of the visit is invoiced after the older one (its
            // invoice is issued by the invoicing step, as for a student), then partly paid.
            foreach (var id in toInvoice)
            {
                await StepAsync(id, Domain.Orders.OrderStatus.Invoiced, today.AddDays(-1));
                var invoiced = (await orders.FindAsync(id, ct))!;
                await orders.AddPaymentAsync(invoiced, new Features.Orders.OrderPaymentViewModel { Amount = Domain.Figures.Money.Cents(invoiced.TotalInclVat * 0.3m), PaidOn = today, Method = "Acompte par virement" }, w.Student, ct);
            }
            if (w.IsEleve1 && others.Count == 3)
            {
                // 15 % on a copier whose room is 10 %: the student asked the teacher's agreement.
                var form = new Features.Orders.OrderFormViewModel
                {
                    ProspectId = others[2],
                    PaymentTermDays = 30,
                    AskApproval = true,
                    Notes = "Client prêt à signer pour 3 copieurs si 15 % de remise.",
                    Lines = [new Features.Orders.OrderLineInput { ProductId = products[0], Quantity = 3, DiscountPercent = 15 }],
                };
                if ((await orders.SaveAsync(w.Id, null, form, w.Student, ct)).Errors is { Count: > 0 } errors)
                {
                    throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.Message)));
                }
            }
        }
    }

    /// <summary>
    /// The U22 synthesis: a deadline in ten days for the first class; eleve1 has handed in a synthesis of the phoning
    /// (waiting for prof.martin's assessment), eleve2 is writing one.
    /// </summary>
    private async Task AddSynthesesAsync(SchoolClass schoolClass, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Infrastructure.Formatting.French.ToParis(now));
        var tracked = await db.Classes.FirstAsync(c => c.Id == schoolClass.Id, ct);
        tracked.SynthesisDueAtUtc = Infrastructure.Formatting.French.FromParis(today.AddDays(10).ToDateTime(new TimeOnly(18, 0)));
        await db.SaveChangesAsync(ct);
        foreach (var (student, handIn) in new[] { ("eleve1", true), ("eleve2", false) })
        {
            var ws = await db.Workspaces.Where(w => w.Members.Any(m => m.Student!.UserName == student)).Select(w => w.Id).FirstAsync(ct);
            var phoning = await db.Operations.Where(o => o.WorkspaceId == ws && o.Channel == Domain.Contacting.Channel.Phone).Select(o => o.Id).FirstAsync(ct);
            if (handIn)
            {
                // eleve1 confirmed the time and call costs the app proposed (eleve2 has not: « coûts non saisis »).
                var calls = await db.CallLogs.CountAsync(c => c.OperationId == phoning, ct);
                foreach (var line in Domain.Figures.CostSuggestions.For(Domain.Contacting.Channel.Phone, calls, null, tracked.KilometreRate).Where(l => l.IsVariable))
                {
                    db.OperationCosts.Add(new OperationCost { WorkspaceId = ws, OperationId = phoning, Label = line.Label, IsVariable = true, Quantity = line.Quantity, UnitCost = line.UnitCost });
                }
                await db.SaveChangesAsync(ct);
            }
            var id = await syntheses.CreateAsync(ws, new Features.Syntheses.SynthesisCreateViewModel
            {
                Title = "Synthèse du phoning de qualification",
                From = today.AddDays(-14),
                To = today,
                OperationIds = [phoning],
            }, ct);
            var synthesis = (await syntheses.FindAsync(id!.Value, ct))!;
            await syntheses.SaveTextAsync(synthesis, new Features.Syntheses.SynthesisTextViewModel
            {
                Strengths = "Le script a permis de passer le barrage du standard dans la moitié des appels.",
                Weaknesses = "Trop d'appels sans réponse le lundi matin.",
                GapCauses = handIn ? "Objectif de RDV non atteint : fichier peu qualifié (un faux numéro) et horaires d'appel mal choisis." : null,
                Judgement = handIn ? "Opération utile pour qualifier le fichier, mais le taux de prise de RDV reste faible." : null,
                CorrectiveActions = handIn ? "Rappeler les décideurs absents mardi matin ; mettre à jour les numéros ; préparer deux créneaux de RDV par alternative." : null,
            }, ct);
            if (handIn)
            {
                await syntheses.HandInAsync(synthesis, ct);
            }
        }
    }
}
