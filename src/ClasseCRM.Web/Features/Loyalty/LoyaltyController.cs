using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Loyalty;

/// <summary>/fidelisation: segmentation, customers to contact, loyalty actions and figures. Teachers read their classes' (?espace=).</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("fidelisation")]
public sealed class LoyaltyController(LoyaltyService loyalty, WorkspaceContext workspace) : Controller
{
    [HttpGet("")]
    [Workspace]
    public async Task<IActionResult> Index(int? espace, DateOnly? du, DateOnly? au, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        return View(await loyalty.PageAsync(workspaceId, du, au, null, ct));
    }

    [HttpPost("actions")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Plan(LoyaltyPlanViewModel model, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        if (ModelState.IsValid && await loyalty.PlanAsync(workspaceId, model, User.DisplayName(), ct))
        {
            TempData["Message"] = "Action de fidélisation planifiée.";
            return Redirect("/fidelisation#actions");
        }
        if (ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(model.ProspectId), "Ce client n'existe pas dans votre fichier.");
        }
        return View("Index", await loyalty.PageAsync(workspaceId, null, null, model, ct));
    }

    [HttpPost("actions/{id:int}")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Log(int id, LoyaltyLogViewModel model, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        if (!ModelState.IsValid)
        {
            ViewData["Log"] = (id, model);
            return View("Index", await loyalty.PageAsync(workspaceId, null, null, null, ct));
        }
        if (!await loyalty.LogAsync(workspaceId, id, model, User.DisplayName(), ct))
        {
            return NotFound();
        }
        TempData["Message"] = "Action de fidélisation enregistrée.";
        return Redirect("/fidelisation#actions");
    }
}
