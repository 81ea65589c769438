using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Schools;

/// <summary>/admin/etablissement: the administrator's établissement — its name, UAI and town, as students' documents cite them.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("admin/etablissement")]
public sealed class SchoolController(SchoolService schools, Data.InstallationMode mode) : Controller
{
    private const string EditView = "~/Features/Schools/Edit.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken ct)
    {
        ViewData["UaiReadOnly"] = mode.IsAcademie;
        return await schools.OwnFormAsync(ct) is { } form ? View(EditView, form) : NotFound();
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(SchoolFormViewModel model, CancellationToken ct)
    {
        ViewData["UaiReadOnly"] = mode.IsAcademie;
        if (ModelState.IsValid)
        {
            var outcome = await schools.UpdateOwnAsync(model, ct);
            if (outcome.IsNotFound)
            {
                return NotFound();
            }
            if (outcome.Succeeded)
            {
                TempData["Message"] = "L'établissement est enregistré.";
                return Redirect("/admin");
            }
            ModelState.AddErrors(outcome);
        }
        return View(EditView, model);
    }
}
