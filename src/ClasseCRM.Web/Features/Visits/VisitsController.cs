using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Visits;

/// <summary>/operations/{id}/tournee and /operations/{id}/visites/{visitId}: plan the round, prepare and report each visit.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("operations/{id:int}")]
public sealed class VisitsController(VisitService visits, OperationService operations, WorkspaceContext workspace) : Controller
{
    [HttpGet("tournee")]
    public async Task<IActionResult> Tour(int id, CancellationToken ct)
    {
        var operation = await FieldOperationAsync(id, ct);
        if (operation is null)
        {
            return NotFound();
        }
        ViewData["Plan"] ??= new TourPlanViewModel { FirstDay = operation.StartDate };
        return View("Tour", await visits.TourAsync(operation, ct));
    }

    [HttpPost("tournee")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Plan(int id, TourPlanViewModel model, CancellationToken ct)
    {
        var operation = await FieldOperationAsync(id, ct);
        if (operation is null || !workspace.CanWrite(operation.WorkspaceId))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            ViewData["Plan"] = model;
            return await Tour(id, ct);
        }
        var count = await visits.PlanAsync(operation, model, ct);
        TempData["Message"] = $"{French.Plural(count, "visite planifiée", "visites planifiées")} sur des jours ouvrés.";
        return Redirect($"/operations/{id}/tournee");
    }

    [HttpGet("visites/{visitId:int}")]
    public async Task<IActionResult> Visit(int id, int visitId, CancellationToken ct)
    {
        var operation = await FieldOperationAsync(id, ct);
        var page = operation is null ? null : await visits.PageAsync(operation, visitId, null, null, ct);
        return page is null ? NotFound() : View("Visit", page);
    }

    [HttpPost("visites/{visitId:int}/preparation")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Prepare(int id, int visitId, [Bind(Prefix = "Preparation")] VisitPreparationViewModel model, CancellationToken ct)
    {
        var operation = await FieldOperationAsync(id, ct);
        if (operation is null || !workspace.CanWrite(operation.WorkspaceId))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            var page = await visits.PageAsync(operation, visitId, model, null, ct);
            return page is null ? NotFound() : View("Visit", page);
        }
        if (await visits.PageAsync(operation, visitId, null, null, ct) is null)
        {
            return NotFound();
        }
        await visits.SavePreparationAsync(operation, visitId, model, ct);
        TempData["Message"] = "Fiche de préparation enregistrée.";
        return Redirect($"/operations/{id}/visites/{visitId}#preparation");
    }

    [HttpPost("visites/{visitId:int}/compte-rendu")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Report(int id, int visitId, [Bind(Prefix = "Report")] VisitReportViewModel model, CancellationToken ct)
    {
        var operation = await FieldOperationAsync(id, ct);
        if (operation is null || !workspace.CanWrite(operation.WorkspaceId))
        {
            return NotFound();
        }
        foreach (var (field, message) in VisitService.Check(model))
        {
            ModelState.AddModelError($"Report.{field}", message);
        }
        var page = await visits.PageAsync(operation, visitId, null, model, ct);
        if (page is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View("Visit", page);
        }
        await visits.SaveReportAsync(operation, visitId, model, User.DisplayName(), ct);
        TempData["Message"] = "Compte rendu de visite enregistré.";
        return Redirect($"/operations/{id}/visites/{visitId}#compte-rendu");
    }

    private async Task<Operation?> FieldOperationAsync(int id, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        return operation is { Channel: Channel.Visit } ? operation : null;
    }
}
