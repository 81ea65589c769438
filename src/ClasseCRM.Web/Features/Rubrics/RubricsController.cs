using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Classes;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Rubrics;

/// <summary>
/// /classes/{id}/grille: the teacher chooses the class's référentiel, and copies its indicative grid (or another class's)
/// to adapt it for the class.
/// </summary>
[Authorize(Roles = Roles.Teacher)]
[Route("classes/{classId:int}/grille")]
public sealed class RubricsController(RubricService rubrics, SeedCatalog seeds, TaughtClassContext taughtClass) : Controller
{
    [HttpGet("")]
    [TaughtClass]
    public async Task<IActionResult> Edit(int classId, CancellationToken ct)
    {
        var c = taughtClass.Class;
        var model = rubrics.Form(c, rubrics.Of(c));
        model.CopySources = await rubrics.CopySourcesAsync(c, ct);
        ViewData["Referentiels"] = seeds.Referentiels;
        return View(model);
    }

    [HttpPost("referentiel")]
    [TaughtClass]
    public async Task<IActionResult> Referentiel(int classId, string? referentiel, CancellationToken ct)
    {
        var c = taughtClass.Class;
        var before = c.Referentiel;
        var outcome = await rubrics.SetReferentielAsync(c, referentiel, ct);
        if (outcome.IsRefused)
        {
            TempData["Error"] = outcome.Message;
        }
        else if (before != referentiel)
        {
            TempData["Message"] = $"La classe prépare maintenant le {seeds.Referentiel(referentiel).ShortName} : libellés et grille suivent ; les évaluations déjà faites gardent leur grille.";
        }
        return Redirect($"/classes/{classId}/grille");
    }

    [HttpPost("")]
    [TaughtClass]
    public async Task<IActionResult> Edit(int classId, RubricEditViewModel model, CancellationToken ct)
    {
        var c = taughtClass.Class;
        var (rubric, errors) = ModelState.IsValid ? rubrics.Read(c, model) : (null, []);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
        if (rubric is null)
        {
            var form = rubrics.Form(c, rubrics.Of(c));
            model.ClassId = classId;
            model.ClassName = c.Name;
            model.IsAdapted = form.IsAdapted;
            model.Referentiel = form.Referentiel;
            model.ReferentielName = form.ReferentielName;
            model.CopySources = await rubrics.CopySourcesAsync(c, ct);
            ViewData["Referentiels"] = seeds.Referentiels;
            return View(model);
        }
        await rubrics.SetAsync(c, rubric, ct);
        TempData["Message"] = "Grille de la classe enregistrée : les prochaines évaluations l'utilisent, les évaluations faites gardent la leur.";
        return Redirect($"/classes/{classId}/grille");
    }

    /// <summary>Starts again from the référentiel's grid (« indicative ») or from another class of the teacher.</summary>
    [HttpPost("copier")]
    [TaughtClass]
    public async Task<IActionResult> Copy(int classId, string? source, CancellationToken ct)
    {
        var c = taughtClass.Class;
        if (source == "indicative")
        {
            await rubrics.SetAsync(c, null, ct);
            TempData["Message"] = "La classe utilise de nouveau la grille indicative de son référentiel.";
        }
        else if (int.TryParse(source, out var other) && other != classId && await rubrics.OfTaughtClassAsync(c, other, ct) is { } copied)
        {
            await rubrics.SetAsync(c, copied, ct);
            TempData["Message"] = "Grille copiée : adaptez-la pour cette classe.";
        }
        else
        {
            TempData["Error"] = "Choisissez une grille à copier parmi vos classes.";
        }
        return Redirect($"/classes/{classId}/grille");
    }
}
