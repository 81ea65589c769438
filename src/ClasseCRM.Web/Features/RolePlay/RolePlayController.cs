using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>
/// /jeu-de-role: solo role play from the phoning screen (ring, exchange, transcript) and the list of exchanges. A student
/// plays in their own workspace; the class's teacher reads every exchange; anyone else gets 404.
/// </summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("jeu-de-role")]
public sealed class RolePlayController(SoloExchangeService exchanges, OperationService operations, WorkspaceContext workspace, AccessScope scope, AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var sessions = await db.RolePlaySessions.AsNoTracking().OrderByDescending(s => s.StartedAtUtc).Take(50)
            .Join(db.Prospects, s => s.ProspectId, p => p.Id, (s, p) => new { s, p.Name })
            .Join(db.Workspaces, x => x.s.WorkspaceId, w => w.Id, (x, w) => new RolePlayIndexItem(x.s.Id, x.s.WorkspaceId, w.Name, x.Name, x.s.StartedAtUtc, x.s.Outcome, x.s.FinishedAtUtc != null))
            .ToListAsync(ct);
        var classes = scope.IsTeacher
            ? await db.Classes.AsNoTracking().Where(c => c.TeacherId == scope.UserId && !c.IsArchived).OrderBy(c => c.Name)
                .Select(c => new RolePlayClassItem(c.Id, c.Name, c.Workspaces.OrderBy(w => w.Name).Select(w => new RolePlayWorkspaceItem(w.Id, w.Name, w.ScenarioId)).ToList())).ToListAsync(ct)
            : [];
        return View(new RolePlayIndexViewModel(sessions, classes, scope.IsTeacher));
    }

    /// <summary>Rings the prospect shown on the phoning page with the simulator; a refusal shows the phoning page again with its reason.</summary>
    [HttpPost("operations/{operationId:int}/simulateur")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Start(int operationId, int prospect, int? contact, CancellationToken ct)
    {
        var model = new SoloStart(prospect, contact);
        var operation = await operations.FindAsync(operationId, ct);
        if (operation is null || operation.Channel != Channel.Phone || !workspace.CanWrite(operation.WorkspaceId))
        {
            return NotFound();
        }
        var (outcome, sessionId) = await exchanges.StartAsync(operation, model, User.DisplayName(), ct);
        if (outcome.Succeeded)
        {
            return Redirect($"/jeu-de-role/echanges/{sessionId}");
        }
        ModelState.AddErrors(outcome);
        return View("~/Features/Operations/Phoning.cshtml", await operations.PhoningAsync(operation, model.ProspectId, null, ct));
    }

    [HttpGet("echanges/{id:int}")]
    public async Task<IActionResult> Exchange(int id, CancellationToken ct)
    {
        var session = await exchanges.FindAsync(id, ct);
        return session is null ? NotFound() : View("Exchange", await PageAsync(session, ct));
    }

    [HttpPost("echanges/{id:int}")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Answer(int id, SoloAnswerViewModel model, CancellationToken ct)
    {
        var session = await exchanges.FindAsync(id, ct);
        if (session is null || !workspace.CanWrite(session.WorkspaceId))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var outcome = await exchanges.AnswerAsync(session, model, User.DisplayName(), ct);
            if (outcome.Succeeded)
            {
                return Redirect($"/jeu-de-role/echanges/{id}#reponse");
            }
            ModelState.AddErrors(outcome);
        }
        ViewData["Answer"] = model;
        return View("Exchange", await PageAsync(session, ct));
    }

    private async Task<SoloExchangeViewModel> PageAsync(Domain.RolePlay.RolePlaySession session, CancellationToken ct)
    {
        var prospect = await db.Prospects.AsNoTracking().Where(p => p.Id == session.ProspectId).Select(p => p.Name).FirstAsync(ct);
        var operation = await db.Operations.AsNoTracking().Where(o => o.Id == session.OperationId).Select(o => o.Name).FirstAsync(ct);
        var reveal = session.IsFinished || scope.IsTeacher;
        var card = reveal ? await db.RoleCards.AsNoTracking().FirstOrDefaultAsync(c => c.ProspectId == session.ProspectId, ct) : null;
        return new SoloExchangeViewModel(session, prospect, operation, !session.IsFinished && workspace.CanWrite(session.WorkspaceId), card);
    }
}
