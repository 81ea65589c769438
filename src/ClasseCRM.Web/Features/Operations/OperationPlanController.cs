using System.Security.Claims;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Mailing;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// /operations/{id}/plan: « Mon plan de prospection ». The workspace's members write it; the class's teacher reads it;
/// anyone else gets 404, as for the operation itself.
/// </summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("operations/{id:int}/plan")]
public sealed class OperationPlanController(OperationService operations, OperationPlanService plans, WorkspaceContext workspace) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Plan(int id, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        if (operation is null)
        {
            return NotFound();
        }
        return View("~/Features/Operations/Plan.cshtml", await plans.PageAsync(operation, null, ct));
    }

    /// <summary>Saves the plan; on an error the form comes back with what was typed and the French messages.</summary>
    [HttpPost("")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Save(int id, [Bind(Prefix = "Input")] OperationPlanInput model, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        if (operation is null || !workspace.CanWrite(operation.WorkspaceId))
        {
            return NotFound();
        }
        foreach (var (field, message) in OperationPlanService.Check(model))
        {
            ModelState.AddModelError($"Input.{field}", message);
        }
        if (!string.IsNullOrWhiteSpace(model.MailSubject) && !string.IsNullOrWhiteSpace(model.MailBody))
        {
            foreach (var error in MailingService.Check(new MailTemplateViewModel { Subject = model.MailSubject, Body = model.MailBody }, operation.Channel))
            {
                ModelState.AddModelError($"Input.{nameof(model.MailBody)}", error);
            }
        }
        if (!ModelState.IsValid)
        {
            return View("~/Features/Operations/Plan.cshtml", await plans.PageAsync(operation, model, ct));
        }
        try
        {
            await plans.SaveAsync(operation, model, User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // Two members of a binôme saving at the same instant: the second gets its text back, nothing is lost.
            ModelState.AddModelError("", "Votre binôme vient d'enregistrer ce plan au même moment : rien n'a été enregistré. Vérifiez la liste des versions, puis enregistrez de nouveau.");
            return View("~/Features/Operations/Plan.cshtml", await plans.PageAsync(operation, model, ct));
        }
        TempData["Message"] = "Votre plan est enregistré.";
        return Redirect($"/operations/{id}/plan");
    }

    /// <summary>An earlier version of a text of the plan, to read.</summary>
    [HttpGet("versions/{versionId:int}")]
    public async Task<IActionResult> Version(int id, int versionId, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        if (operation is null || await plans.VersionAsync(id, versionId, ct) is not { } found)
        {
            return NotFound();
        }
        return View("~/Features/Operations/PlanVersion.cshtml", new PlanVersionViewModel(operation, found.Version, found.Author));
    }
}
