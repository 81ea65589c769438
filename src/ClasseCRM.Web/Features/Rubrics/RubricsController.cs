using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Classes;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Rubrics;

/// <summary>/classes/{id}/grille: the teacher copies the shipped rubric (or another class's) and adapts it for the class.</summary>
[Authorize(Roles = Roles.Teacher)]
[Route("classes/{classId:int}/grille")]
public sealed class RubricsController(RubricService rubrics, TaughtClassContext taughtClass) : Controller
{
    [HttpGet("")]
    [TaughtClass]
    public async Task<IActionResult> Edit(int classId, CancellationToken ct)
    {
        var c = taughtClass.Class;
        var model = rubrics.Form(c, rubrics.Of(c));
        model.CopySources = await rubrics.CopySourcesAsync(classId, ct);
        return View(model);
    }

    [HttpPost("")]
    [TaughtClass]
    public async Task<IActionResult> Edit(int classId, RubricEditViewModel model, CancellationToken ct)
    {
        var c = taughtClass.Class;
        var (rubric, errors) = ModelState.IsValid ? rubrics.Read(model) : (null, []);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
        if (rubric is null)
        {
            model.ClassId = classId;
            model.ClassName = c.Name;
            model.IsAdapted = c.RubricJson is not null;
            model.CopySources = await rubrics.CopySourcesAsync(classId, ct);
            return View(model);
        }
        await rubrics.SetAsync(c, rubric, ct);
        TempData["Message"] = "Grille de la classe enregistrée : les prochaines évaluations l'utilisent, les évaluations faites gardent la leur.";
        return Redirect($"/classes/{classId}/grille");
    }

    /// <summary>Starts again from the shipped rubric (« indicative ») or from another class of the teacher.</summary>
    [HttpPost("copier")]
    [TaughtClass]
    public async Task<IActionResult> Copy(int classId, string? source, CancellationToken ct)
    {
        var c = taughtClass.Class;
        if (source == "indicative")
        {
            await rubrics.SetAsync(c, null, ct);
            TempData["Message"] = "La classe utilise de nouveau la grille indicative livrée avec l'application.";
        }
        else if (int.TryParse(source, out var other) && other != classId && await rubrics.OfTaughtClassAsync(other, ct) is { } copied)
        {
            await rubrics.SetAsync(c, copied, ct);
            TempData["Message"] = "Grille copiée : adaptez-la pour cette classe.";
        }
        else
        {
            TempData["Error"] = "Choisissez une grille à copier parmi vos classes.";
        }
        return Redirect($"/classes/{classId}/grille");
    }
}
