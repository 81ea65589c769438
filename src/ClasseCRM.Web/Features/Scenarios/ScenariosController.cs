using ClasseCRM.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Scenarios;

/// <summary>/scenarios: the entreprises support. Teachers list, copy and edit; students read their own company's file.</summary>
[Authorize(Roles = Roles.Teacher + "," + Roles.Student)]
[Route("scenarios")]
public sealed class ScenariosController(ScenarioService scenarios) : Controller
{
    [HttpGet("")]
    [Authorize(Roles = Roles.Teacher)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await scenarios.ListAsync(ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var scenario = await scenarios.FindAsync(id, ct);
        return scenario is null ? NotFound() : View(scenario);
    }

    [HttpPost("{id:int}/copier")]
    [Authorize(Roles = Roles.Teacher)]
    public async Task<IActionResult> Copy(int id, CancellationToken ct)
    {
        var copyId = await scenarios.CopyAsync(id, ct);
        if (copyId is null)
        {
            return NotFound();
        }
        TempData["Message"] = "Le scénario est copié : vous pouvez maintenant modifier votre copie.";
        return RedirectToAction(nameof(Edit), new { id = copyId });
    }

    [HttpGet("{id:int}/modifier")]
    [Authorize(Roles = Roles.Teacher)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var model = await scenarios.EditFormAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/modifier")]
    [Authorize(Roles = Roles.Teacher)]
    public async Task<IActionResult> Edit(int id, ScenarioEditViewModel model, CancellationToken ct)
    {
        model.Id = id;
        if (await scenarios.EditFormAsync(id, ct) is null)
        {
            return NotFound();
        }
        ScenarioService.Validate(model, ModelState);
        scenarios.ValidateSecteur(model, ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        await scenarios.SaveAsync(model, ct);
        TempData["Message"] = "Le scénario est enregistré.";
        return RedirectToAction(nameof(Details), new { id });
    }
}
