using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>
/// The teacher's side of role play: a workspace's role cards (read, edit, regenerate), the role-play part of their own
/// scenarios, the class's outcome profile and « appels joués uniquement » on an operation. Students get 404 here: a card
/// holds what the prospect hides.
/// </summary>
[Authorize(Roles = Roles.Teacher)]
[Route("jeu-de-role")]
public sealed class RoleCardsController(RoleCardService cards, OperationService operations, TaughtClassContext taughtClass, WorkspaceContext workspace, AccessScope scope, AppDbContext db) : Controller
{
    private const string Views = "~/Features/RolePlay/";

    [HttpGet("cartes")]
    [Workspace]
    public async Task<IActionResult> Cards(int? espace, CancellationToken ct)
    {
        var id = workspace.Id;
        var name = await db.Workspaces.Where(w => w.Id == id).Select(w => w.Name).FirstAsync(ct);
        return View(Views + "Cards.cshtml", new RoleCardsViewModel(id, name, await cards.ListAsync(id, ct)));
    }

    [HttpPost("cartes/regenerer")]
    [Workspace]
    public async Task<IActionResult> Regenerate(int? espace, CancellationToken ct)
    {
        var count = await cards.RegenerateAsync(workspace.Id, ct);
        TempData["Message"] = $"{French.Plural(count, "carte de rôle tirée", "cartes de rôle tirées")} à nouveau d'après le scénario.";
        return Redirect($"/jeu-de-role/cartes?espace={workspace.Id}");
    }

    [HttpGet("cartes/{id:int}")]
    public async Task<IActionResult> Card(int id, CancellationToken ct)
    {
        var found = await cards.FindAsync(id, ct);
        if (found is not { } f)
        {
            return NotFound();
        }
        return View(Views + "Card.cshtml", new RoleCardPageViewModel(f.Card, f.ProspectName, RoleCardEditViewModel.From(f.Card)));
    }

    [HttpPost("cartes/{id:int}")]
    public async Task<IActionResult> Card(int id, RoleCardEditViewModel model, CancellationToken ct)
    {
        var found = await cards.FindAsync(id, ct);
        if (found is not { } f)
        {
            return NotFound();
        }
        if (!model.Objections.Any(o => !string.IsNullOrWhiteSpace(o.Text)))
        {
            ModelState.AddModelError("Objections[0].Text", "Gardez au moins une objection : le prospect en soulève toujours une.");
        }
        if (!ModelState.IsValid)
        {
            return View(Views + "Card.cshtml", new RoleCardPageViewModel(f.Card, f.ProspectName, model.WithBlankRows()));
        }
        await cards.SaveAsync(f.Card, model, ct);
        TempData["Message"] = "La carte de rôle est enregistrée.";
        return Redirect($"/jeu-de-role/cartes/{id}");
    }

    /// <summary>The role-play part of a scenario: editable on the teacher's own copy, read only on a shipped scenario.</summary>
    [HttpGet("scenarios/{id:int}")]
    public async Task<IActionResult> Scenario(int id, CancellationToken ct)
    {
        var scenario = await db.Scenarios.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (scenario is null)
        {
            return NotFound();
        }
        var model = ScenarioRolePlayViewModel.From(await cards.ProfileAsync(id, ct), scenario.Title, scenario.OwnerId == scope.UserId);
        return View(Views + "Scenario.cshtml", model);
    }

    [HttpPost("scenarios/{id:int}")]
    public async Task<IActionResult> Scenario(int id, ScenarioRolePlayViewModel model, CancellationToken ct)
    {
        var scenario = await db.Scenarios.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.OwnerId == scope.UserId, ct);
        if (scenario is null)
        {
            return NotFound();
        }
        (model.ScenarioId, model.ScenarioTitle, model.CanEdit) = (id, scenario.Title, true);
        foreach (var (field, message) in model.Check())
        {
            ModelState.AddModelError(field, message);
        }
        if (!ModelState.IsValid)
        {
            return View(Views + "Scenario.cshtml", model);
        }
        await cards.SaveProfileAsync(model.ToEntity(), ct);
        TempData["Message"] = "Le jeu de rôle du scénario est enregistré. Les cartes déjà tirées ne changent pas : tirez-les à nouveau pour l'appliquer.";
        return Redirect($"/jeu-de-role/scenarios/{id}");
    }

    [HttpGet("classes/{classId:int}/profil")]
    [TaughtClass]
    public IActionResult Profile(int classId)
    {
        var c = taughtClass.Class;
        return View(Views + "Profile.cshtml", OutcomeProfileViewModel.From(c.Id, c.Name, c.OutcomeProfile));
    }

    /// <summary>The class's outcome profile for solo role play: five whole shares adding up to 100.</summary>
    [HttpPost("classes/{classId:int}/profil")]
    [TaughtClass]
    public async Task<IActionResult> Profile(int classId, OutcomeProfileViewModel model, CancellationToken ct)
    {
        var c = taughtClass.Class;
        (model.ClassId, model.ClassName) = (c.Id, c.Name);
        if (ModelState.IsValid && model.Profile.Error() is { } error)
        {
            ModelState.AddModelError("", error);
        }
        if (!ModelState.IsValid)
        {
            return View(Views + "Profile.cshtml", model);
        }
        var p = model.Profile;
        (c.PracticeWrongNumberPercent, c.PracticeNoAnswerPercent, c.PracticeGatekeeperPercent, c.PracticeAbsentPercent, c.PracticeReachedPercent) =
            (p.WrongNumber, p.NoAnswer, p.Gatekeeper, p.DecisionMakerAbsent, p.DecisionMakerReached);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Le profil de joignabilité de la classe est enregistré.";
        return Redirect($"/jeu-de-role/classes/{classId}/profil");
    }

    /// <summary>« Appels joués uniquement »: the class's teacher forbids (or allows again) declared outcomes on an operation.</summary>
    [HttpPost("operations/{operationId:int}/appels-joues")]
    public async Task<IActionResult> PlayedOnly(int operationId, bool playedOnly, CancellationToken ct)
    {
        var operation = await operations.FindAsync(operationId, ct);
        if (operation is null || !scope.AllowClassTeacherWrite(operation.WorkspaceId))
        {
            return NotFound();
        }
        await db.Operations.Where(o => o.Id == operationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.PlayedCallsOnly, playedOnly), ct);
        TempData["Message"] = playedOnly
            ? "Appels joués uniquement : les élèves appellent avec le simulateur, les résultats déclarés sont refusés."
            : "Les résultats déclarés sont de nouveau acceptés sur cette opération.";
        return Redirect($"/operations/{operationId}");
    }
}
