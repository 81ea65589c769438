using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Admin;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Schools;

/// <summary>
/// /academie: the académie operator's page — the établissements with their administrators and counts, a new
/// établissement with its first administrator, another administrator, a new password for one. The operator reads no class.
/// </summary>
[Authorize(Roles = Roles.Operator)]
[Route("academie")]
public sealed class AcademieController(SchoolService schools) : Controller
{
    private const string IndexView = "~/Features/Schools/Academie.cshtml";
    private const string AdministratorView = "~/Features/Schools/AddAdministrator.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Schools"] = await schools.ListAsync(ct);
        return View(IndexView, new SchoolCreateViewModel());
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(SchoolCreateViewModel model, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (outcome, credential) = await schools.CreateAsync(model, ct);
            if (credential is not null)
            {
                return Credentials(credential);
            }
            ModelState.AddErrors(outcome);
        }
        ViewData["Schools"] = await schools.ListAsync(ct);
        return View(IndexView, model);
    }

    [HttpGet("{id:int}/administrateurs")]
    public async Task<IActionResult> AddAdministrator(int id, CancellationToken ct)
    {
        if (await schools.FindAsync(id, ct) is not { } school)
        {
            return NotFound();
        }
        ViewData["School"] = school;
        return View(AdministratorView, new StaffAccountViewModel());
    }

    [HttpPost("{id:int}/administrateurs")]
    public async Task<IActionResult> AddAdministrator(int id, StaffAccountViewModel model, CancellationToken ct)
    {
        if (await schools.FindAsync(id, ct) is not { } school)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var (outcome, credential) = await schools.AddAdministratorAsync(id, model, ct);
            if (credential is not null)
            {
                return Credentials(credential);
            }
            ModelState.AddErrors(outcome);
        }
        ViewData["School"] = school;
        return View(AdministratorView, model);
    }

    [HttpPost("administrateurs/{id}/reinitialiser")]
    public async Task<IActionResult> ResetAdministrator(string id, CancellationToken ct) =>
        await schools.ResetAdministratorAsync(id, ct) is { } credential ? Credentials(credential) : NotFound();

    private ViewResult Credentials(Classes.IssuedCredential credential)
    {
        ViewData["Role"] = "l'administrateur";
        ViewData["Back"] = "/academie";
        ViewData["BackText"] = "Retour aux établissements";
        return View("~/Features/Admin/Credentials.cshtml", credential);
    }
}
