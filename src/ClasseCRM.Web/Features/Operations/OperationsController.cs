using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>/operations: plan, run (phoning) and measure prospecting operations. Teachers read their classes' (?espace=).</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("operations")]
public sealed class OperationsController(OperationService operations, ActivityFiguresService figures, CostSuggestionService costSuggestions, WorkspaceContext workspace, Prospects.ProspectService prospects) : Controller
{
    [HttpGet("")]
    [Workspace]
    public async Task<IActionResult> Index(int? espace, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        ViewData["CanWrite"] = workspace.CanWrite(workspaceId);
        return View(await operations.ListAsync(workspaceId, ct));
    }

    /// <summary>Two operations of the same workspace side by side: funnels, ratios with formulas, objectives, costs.</summary>
    [HttpGet("comparer")]
    [Workspace]
    public async Task<IActionResult> Compare(int? espace, int? a, int? b, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        var choices = await operations.ListAsync(workspaceId, ct);
        var first = choices.FirstOrDefault(o => o.Id == a);
        var second = choices.FirstOrDefault(o => o.Id == b);
        if ((a is not null && first is null) || (b is not null && second is null))
        {
            return NotFound();
        }
        var model = new OperationComparisonViewModel(workspaceId, choices,
            first is null ? null : new OperationResultsViewModel(first, await figures.ForOperationAsync(first, ct)),
            second is null ? null : new OperationResultsViewModel(second, await figures.ForOperationAsync(second, ct)),
            espace is not null);
        return View(model);
    }

    [HttpGet("nouvelle")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public IActionResult Create() => View(new OperationCreateViewModel());

    [HttpPost("nouvelle")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Create(OperationCreateViewModel model, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        if (model.StartDate is { } start && model.EndDate is { } end && end < start)
        {
            ModelState.AddModelError(nameof(model.EndDate), "La fin ne peut pas précéder le début.");
        }
        if (model.TargetMinEmployees is { } min && model.TargetMaxEmployees is { } max && min > max)
        {
            ModelState.AddModelError(nameof(model.TargetMaxEmployees), "L'effectif maximum doit être au moins égal au minimum.");
        }
        if (prospects.DescribeNaf(model.TargetSection).Error is { } nafError)
        {
            ModelState.AddModelError(nameof(model.TargetSection), nafError);
        }
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var id = await operations.CreateAsync(workspaceId, model, ct);
        TempData["Message"] = "L'opération est planifiée avec sa liste de prospects.";
        return Redirect($"/operations/{id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        if (operation is null)
        {
            return NotFound();
        }
        ViewData["CanWrite"] = workspace.CanWrite(operation.WorkspaceId);
        ViewData["Costs"] = await operations.CostsAsync(id, ct);
        ViewData["Cost"] ??= new OperationCostViewModel();
        if (workspace.CanWrite(operation.WorkspaceId))
        {
            ViewData["Suggestions"] = await costSuggestions.ForAsync(operation, ct);
        }
        return View("Details", (operation, await operations.TargetsAsync(id, ct)));
    }

    [HttpPost("{id:int}/couts")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> AddCost(int id, OperationCostViewModel model, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        if (operation is null || !workspace.CanWrite(operation.WorkspaceId))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            ViewData["Cost"] = model;
            return await Details(id, ct);
        }
        await operations.AddCostAsync(operation, model, ct);
        TempData["Message"] = "Le coût est ajouté.";
        return Redirect($"/operations/{id}#couts");
    }

    [HttpPost("{id:int}/couts/{costId:int}/supprimer")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> DeleteCost(int id, int costId, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        if (operation is null || !workspace.CanWrite(operation.WorkspaceId) || !await operations.DeleteCostAsync(operation, costId, ct))
        {
            return NotFound();
        }
        return Redirect($"/operations/{id}#couts");
    }

    /// <summary>The session: the queue's next prospect, the one after a skipped one (?apres=), or the one a call-back reminder opens (?prospect=).</summary>
    [HttpGet("{id:int}/phoning")]
    public async Task<IActionResult> Phoning(int id, int? prospect, int? apres, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        if (operation is null || operation.Channel != Channel.Phone)
        {
            return NotFound();
        }
        return View(await operations.PhoningAsync(operation, prospect, apres, ct));
    }

    /// <summary>Logs the call on the prospect the form showed; on an error the same prospect is shown again with what was typed.</summary>
    [HttpPost("{id:int}/phoning")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> LogCall(int id, CallLogViewModel model, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        if (operation is null || operation.Channel != Channel.Phone || !workspace.CanWrite(operation.WorkspaceId))
        {
            return NotFound();
        }
        foreach (var (field, message) in operations.CheckCall(model))
        {
            ModelState.AddModelError(field, message);
        }
        if (ModelState.IsValid)
        {
            var outcome = await operations.LogCallAsync(operation, model, User.DisplayName(), ct);
            if (outcome.Succeeded)
            {
                TempData["Message"] = "Appel enregistré.";
                return Redirect($"/operations/{id}/phoning");
            }
            ModelState.AddErrors(outcome);
        }
        var page = await operations.PhoningAsync(operation, model.ProspectId, null, ct);
        if (page.Prospect?.Id == model.ProspectId)
        {
            ViewData["Call"] = model;
        }
        else
        {
            // Not a prospect of this list: what was typed is not carried over to another company.
            if (ModelState[""]?.Errors.Any(e => e.ErrorMessage == OperationService.NotInListMessage) != true)
            {
                ModelState.AddModelError("", OperationService.NotInListMessage);
            }
            page = page with { Notice = null };
        }
        return View("Phoning", page);
    }

    [HttpGet("{id:int}/resultats")]
    public async Task<IActionResult> Results(int id, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        if (operation is null)
        {
            return NotFound();
        }
        ViewData["CanWrite"] = workspace.CanWrite(operation.WorkspaceId);
        return View(new OperationResultsViewModel(operation, await figures.ForOperationAsync(operation, ct)));
    }

}
