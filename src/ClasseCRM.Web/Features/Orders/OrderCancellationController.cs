using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>
/// /commandes/{id}/annuler: a cancellation is confirmed on its own page (what it does, its reason, its date) before the
/// document changes; the step buttons of the order page never cancel.
/// </summary>
[Authorize(Roles = Roles.Student)]
[Route("commandes")]
public sealed class OrderCancellationController(OrderService orders, InvoiceService invoices, WorkspaceContext workspace) : Controller
{
    private const string PageView = "~/Features/Orders/Cancel.cshtml";

    [HttpGet("{id:int}/annuler")]
    public async Task<IActionResult> Cancel(int id, CancellationToken ct)
    {
        var order = await WritableAsync(id, ct);
        if (order is null)
        {
            return NotFound();
        }
        if (!CanCancel(order))
        {
            TempData["Error"] = $"Ce document ne peut plus être annulé (« {OrderWorkflow.Label(order.Status)} »).";
            return Redirect($"/commandes/{id}");
        }
        return View(PageView, await PageAsync(order, new OrderCancelViewModel { On = orders.Today }, ct));
    }

    [HttpPost("{id:int}/annuler")]
    public async Task<IActionResult> Cancel(int id, OrderCancelViewModel model, CancellationToken ct)
    {
        var order = await WritableAsync(id, ct);
        if (order is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var step = new OrderStepViewModel { To = OrderStatus.Cancelled, On = model.On, Reason = model.Reason };
            var outcome = await orders.MoveAsync(order, step, User.DisplayName(), ct);
            if (outcome.Succeeded)
            {
                TempData["Message"] = order.IsOrder ? "Commande annulée." : "Devis annulé.";
                return Redirect($"/commandes/{id}");
            }
            ModelState.AddErrors(outcome);
        }
        return View(PageView, await PageAsync(order, model, ct));
    }

    private static bool CanCancel(Order order) => OrderWorkflow.NextSteps(order.Status, order.IsOrder).Contains(OrderStatus.Cancelled);

    private async Task<Order?> WritableAsync(int id, CancellationToken ct)
    {
        var order = await orders.FindAsync(id, ct);
        return order is not null && workspace.CanWrite(order.WorkspaceId) ? order : null;
    }

    private async Task<OrderCancelPageViewModel> PageAsync(Order order, OrderCancelViewModel form, CancellationToken ct)
    {
        var invoice = (await invoices.ForOrderAsync(order.Id, ct)).FirstOrDefault(i => i.Kind == InvoiceKind.Invoice);
        return new OrderCancelPageViewModel(order, invoice, form);
    }
}
