using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>/commandes: quotes and orders, their follow-up and their PDF. Teachers read their classes' (?espace=) and give agreements.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("commandes")]
public sealed class OrdersController(OrderService orders, OrderApprovalService approvals, InvoiceService invoices, WorkspaceContext workspace) : Controller
{
    [HttpGet("")]
    [Workspace]
    public async Task<IActionResult> Index([FromQuery] OrderQuery query, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        ViewData["Query"] = query;
        ViewData["CanWrite"] = workspace.CanWrite(workspaceId);
        ViewData["WorkspaceId"] = workspaceId;
        return View(await orders.ListAsync(workspaceId, query, ct));
    }

    [HttpGet("nouveau")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Create(string? type, int? client, int? operation, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        var model = new OrderFormViewModel { IsOrder = type == "commande", ProspectId = client, OperationId = operation };
        return View("Edit", await orders.FillAsync(workspaceId, model, ct));
    }

    [HttpPost("nouveau")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Create(OrderFormViewModel model, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        return await SaveAsync(workspaceId, null, model, ct);
    }

    /// <summary>The client picker's matches as JSON: fiches of the student's current workspace only, 20 at most.</summary>
    [HttpGet("clients")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Clients(string? q, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return Json((await orders.SearchClientsAsync(workspace.Id, q, ct)).Select(c => new { id = c.Id, label = c.Label }));
    }

    /// <summary>The contacts of the client just picked, for « Interlocuteur » (JSON); 404 for a fiche outside the student's workspace.</summary>
    [HttpGet("clients/{id:int}/interlocuteurs")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> ClientContacts(int id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var contacts = await orders.ContactsOfAsync(workspace.Id, id, ct);
        return contacts is null ? NotFound() : Json(contacts.Select(c => new { id = c.Id, label = c.Label }));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var order = await orders.FindAsync(id, ct);
        return order is null ? NotFound() : View(await orders.DetailsAsync(order, ct));
    }

    [HttpGet("{id:int}/pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct)
    {
        var order = await orders.FindAsync(id, ct);
        if (order is null)
        {
            return NotFound();
        }
        var pdf = OrderPdf.Render(await orders.DetailsAsync(order, ct));
        return File(pdf, "application/pdf", $"{order.Number}.pdf");
    }

    /// <summary>The invoice of the order (FACTURE FA-…); 404 when it has none or is out of the user's scope.</summary>
    [HttpGet("{id:int}/facture")]
    public Task<IActionResult> Invoice(int id, CancellationToken ct) => InvoicePdfAsync(id, InvoiceKind.Invoice, ct);

    /// <summary>The credit note of the order (AVOIR AV-…), issued when an invoiced order is cancelled or returned.</summary>
    [HttpGet("{id:int}/avoir")]
    public Task<IActionResult> CreditNote(int id, CancellationToken ct) => InvoicePdfAsync(id, InvoiceKind.CreditNote, ct);

    private async Task<IActionResult> InvoicePdfAsync(int id, InvoiceKind kind, CancellationToken ct)
    {
        if (await orders.FindAsync(id, ct) is null || await invoices.FindAsync(id, kind, ct) is not { } document)
        {
            return NotFound();
        }
        var creditedOn = document.IsCreditNote ? (await invoices.FindAsync(id, InvoiceKind.Invoice, ct))?.IssuedOn : null;
        return File(InvoicePdf.Render(document, creditedOn), "application/pdf", $"{document.Number}.pdf");
    }

    [HttpGet("{id:int}/modifier")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var order = await orders.FindAsync(id, ct);
        if (order is null || !workspace.CanWrite(order.WorkspaceId) || !OrderWorkflow.IsEditable(order.Status))
        {
            return NotFound();
        }
        ViewData["Order"] = order;
        return View("Edit", await orders.FillAsync(order.WorkspaceId, OrderService.FormOf(order), ct));
    }

    [HttpPost("{id:int}/modifier")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Edit(int id, OrderFormViewModel model, CancellationToken ct)
    {
        var order = await orders.FindAsync(id, ct);
        if (order is null || !workspace.CanWrite(order.WorkspaceId) || !OrderWorkflow.IsEditable(order.Status))
        {
            return NotFound();
        }
        ViewData["Order"] = order;
        model.IsOrder = order.IsOrder;
        return await SaveAsync(order.WorkspaceId, order, model, ct);
    }

    [HttpPost("{id:int}/etape")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Step(int id, OrderStepViewModel model, CancellationToken ct)
    {
        var order = await WritableAsync(id, ct);
        if (order is null)
        {
            return NotFound();
        }
        if (model.To == OrderStatus.Cancelled)
        {
            // A cancellation is confirmed on its own page (OrderCancellationController), never from a step button.
            return await Again(order, OrderCancelViewModel.ConfirmOnItsPage, "Step", model, ct);
        }
        var error = ModelState.IsValid ? (await orders.MoveAsync(order, model, User.DisplayName(), ct)).RefusalOrNull() : FirstError();
        return error is null ? Done(id, $"{OrderWorkflow.Label(model.To!.Value)} : enregistré.") : await Again(order, error, "Step", model, ct);
    }

    [HttpPost("{id:int}/paiements")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Payment(int id, OrderPaymentViewModel model, CancellationToken ct)
    {
        var order = await WritableAsync(id, ct);
        if (order is null)
        {
            return NotFound();
        }
        var error = ModelState.IsValid ? (await orders.AddPaymentAsync(order, model, User.DisplayName(), ct)).RefusalOrNull() : FirstError();
        return error is null ? Done(id, "Paiement enregistré.") : await Again(order, error, "Payment", model, ct);
    }

    [HttpPost("{id:int}/anomalies")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Issue(int id, OrderIssueViewModel model, CancellationToken ct)
    {
        var order = await WritableAsync(id, ct);
        if (order is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return await Again(order, FirstError(), "Issue", model, ct);
        }
        await orders.AddIssueAsync(order, model, User.DisplayName(), ct);
        return Done(id, "Anomalie enregistrée.");
    }

    [HttpPost("{id:int}/anomalies/{issueId:int}/resolution")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Resolve(int id, int issueId, OrderIssueResolutionViewModel model, CancellationToken ct)
    {
        var order = await WritableAsync(id, ct);
        if (order is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return await Again(order, FirstError(), $"Resolution{issueId}", model, ct);
        }
        return await orders.ResolveIssueAsync(order, issueId, model, User.DisplayName(), ct) ? Done(id, "Résolution enregistrée.") : NotFound();
    }

    [HttpPost("{id:int}/accord")]
    [Authorize(Roles = Roles.Teacher)]
    public async Task<IActionResult> Approve(int id, OrderApprovalViewModel model, CancellationToken ct)
    {
        var order = await orders.FindAsync(id, ct);
        if (order is null || !orders.CanApprove(order))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return await Again(order, FirstError(), "Approval", model, ct);
        }
        await approvals.ApproveAsync(order, model.Text!, User.DisplayName(), ct);
        return Done(id, "Accord du responsable enregistré : l'élève peut envoyer le document.");
    }

    /// <summary>The teacher refuses the waiting request with a reason (required) that the student reads on the document.</summary>
    [HttpPost("{id:int}/refus")]
    [Authorize(Roles = Roles.Teacher)]
    public async Task<IActionResult> Refuse(int id, OrderRefusalViewModel model, CancellationToken ct)
    {
        var order = await orders.FindAsync(id, ct);
        if (order is null || !orders.CanApprove(order))
        {
            return NotFound();
        }
        var error = ModelState.IsValid ? (await approvals.RefuseAsync(order, model.Reason!, User.DisplayName(), ct)).RefusalOrNull() : FirstError();
        return error is null ? Done(id, "Refus enregistré : l'élève lit le motif sur son document.") : await Again(order, error, "Refusal", model, ct);
    }

    /// <summary>The student asks the teacher's agreement again, from the document's page.</summary>
    [HttpPost("{id:int}/demande-accord")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> RequestApproval(int id, OrderApprovalRequestViewModel model, CancellationToken ct)
    {
        var order = await WritableAsync(id, ct);
        if (order is null)
        {
            return NotFound();
        }
        var error = ModelState.IsValid ? (await approvals.RequestAsync(order, model.Message, ct)).RefusalOrNull() : FirstError();
        return error is null ? Done(id, "Demande d'accord envoyée à l'enseignant.") : await Again(order, error, "Request", model, ct);
    }

    private async Task<IActionResult> SaveAsync(int workspaceId, Order? existing, OrderFormViewModel model, CancellationToken ct)
    {
        if (model.ClientSearch)
        {
            // The picker's search without script: the same form, what was typed kept, with the matching clients.
            foreach (var entry in ModelState.Values)
            {
                entry.Errors.Clear();
            }
            return View("Edit", await orders.FillAsync(workspaceId, model, ct));
        }
        if (ModelState.IsValid)
        {
            var (id, errors) = await orders.SaveAsync(workspaceId, existing, model, User.DisplayName(), ct);
            if (id is not null)
            {
                TempData["Message"] = existing is null ? "Document enregistré." : "Modifications enregistrées.";
                return Redirect($"/commandes/{id}");
            }
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, message);
            }
            model.Breaches = errors.Where(e => e.Field == "").Select(e => e.Message).ToList();
        }
        return View("Edit", await orders.FillAsync(workspaceId, model, ct));
    }

    private async Task<Order?> WritableAsync(int id, CancellationToken ct)
    {
        var order = await orders.FindAsync(id, ct);
        return order is not null && workspace.CanWrite(order.WorkspaceId) ? order : null;
    }

    private string FirstError() =>
        ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault(m => m.Length > 0) ?? "Le formulaire contient des erreurs.";

    private RedirectResult Done(int id, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/commandes/{id}");
    }

    /// <summary>The order's page again, with the error and what the user typed in the form that failed.</summary>
    private async Task<IActionResult> Again(Order order, string error, string form, object typed, CancellationToken ct)
    {
        ViewData["FormError"] = error;
        ViewData["Typed:" + form] = typed;
        return View("Details", await orders.DetailsAsync(order, ct));
    }
}
