using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>
/// /jeu-de-role/binomes: pair role play. The caller invites from the phoning page; the partner joins, plays the prospect
/// from the card, records what happened and writes the debrief; the class's teacher reads every session (and may be
/// the partner). Every form posts and redirects (no JavaScript needed); the hub only tells the other screen to refresh.
/// A session the user may not see answers 404.
/// </summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("jeu-de-role")]
public sealed class PairController(PairSessionService pairs, PairResultService results, PairVisitService visitPlays, PairNotifier notifier, OperationService operations,
    Visits.VisitService visits, WorkspaceContext workspace, AccessScope scope) : Controller
{
    /// <summary>Invites the partner chosen on the phoning page; a refusal shows the phoning page again with its reason.</summary>
    [HttpPost("operations/{operationId:int}/binome")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Invite(int operationId, int prospect, int? contact, string? partner, CancellationToken ct)
    {
        var operation = await operations.FindAsync(operationId, ct);
        if (operation is null || operation.Channel != Channel.Phone || !workspace.CanWrite(operation.WorkspaceId))
        {
            return NotFound();
        }
        var (outcome, session) = await pairs.InviteAsync(operation, new PairInviteInput(prospect, contact, partner), User.DisplayName(), ct);
        if (outcome.Succeeded && session is not null)
        {
            await notifier.InvitedAsync(session.PartnerId, session.Id, ct);
            return Redirect($"/jeu-de-role/binomes/{session.Id}");
        }
        ModelState.AddErrors(outcome);
        ViewData["PairPartner"] = partner;
        return View("~/Features/Operations/Phoning.cshtml", await operations.PhoningAsync(operation, prospect, null, ct));
    }

    /// <summary>Invites the partner chosen on a visit's page to play it (issue 19, item 4); a refusal shows the visit page again with its reason.</summary>
    [HttpPost("operations/{operationId:int}/visites/{visitId:int}/binome")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> InviteVisit(int operationId, int visitId, int? contact, string? partner, CancellationToken ct)
    {
        var operation = await operations.FindAsync(operationId, ct);
        if (operation is null || operation.Channel != Channel.Visit || !workspace.CanWrite(operation.WorkspaceId))
        {
            return NotFound();
        }
        var (outcome, session) = await visitPlays.InviteAsync(operation, visitId, new PairInviteInput(0, contact, partner), User.DisplayName(), ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (outcome.Succeeded && session is not null)
        {
            await notifier.InvitedAsync(session.PartnerId, session.Id, ct);
            return Redirect($"/jeu-de-role/binomes/{session.Id}");
        }
        ModelState.AddErrors(outcome);
        ViewData["PairPartner"] = partner;
        var page = await visits.PageAsync(operation, visitId, null, null, ct);
        return page is null ? NotFound() : View("~/Features/Visits/Visit.cshtml", page);
    }

    /// <summary>The sessions the user may see: the teacher's classes' (open and finished), a pupil's own and those they played.</summary>
    [HttpGet("binomes")]
    public async Task<IActionResult> List(CancellationToken ct) =>
        View("~/Features/RolePlay/PairList.cshtml", await pairs.ListAsync(200, ct));

    /// <summary>The invitations waiting for the user, as « Aujourd'hui » and /jeu-de-role show them (fetched again on a live invitation).</summary>
    [HttpGet("binomes/invitations")]
    public async Task<IActionResult> Invitations(CancellationToken ct) =>
        PartialView("~/Features/RolePlay/_PairInvitations.cshtml", await pairs.InvitationsAsync(ct));

    [HttpGet("binomes/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var session = await pairs.FindAsync(id, ct);
        return session is null ? NotFound() : View("~/Features/RolePlay/Pair.cshtml", await PageAsync(session, ct));
    }

    /// <summary>The live part of the page (phases, outcomes, disagreement), fetched again when the hub says the session changed.</summary>
    [HttpGet("binomes/{id:int}/etat")]
    public async Task<IActionResult> State(int id, CancellationToken ct)
    {
        var session = await pairs.FindAsync(id, ct);
        return session is null ? NotFound() : PartialView("~/Features/RolePlay/_PairLive.cshtml", await PageAsync(session, ct));
    }

    /// <summary>The fiche's role card on its own: the partner's only while the call is played (404 before joining and after it).</summary>
    [HttpGet("binomes/{id:int}/carte")]
    public async Task<IActionResult> Card(int id, CancellationToken ct)
    {
        var session = await pairs.FindAsync(id, ct);
        var card = session is null ? null : await pairs.CardAsync(session, ct);
        return card is null ? NotFound() : View("~/Features/RolePlay/PairCard.cshtml", new PairPageViewModel(session!, pairs.RoleIn(session!), card));
    }

    [HttpPost("binomes/{id:int}/rejoindre")]
    public Task<IActionResult> Join(int id, CancellationToken ct) => ActAsync(id, s => pairs.JoinAsync(s, ct), "#carte-role", ct);

    [HttpPost("binomes/{id:int}/etapes")]
    [Authorize(Roles = Roles.Student)]
    public Task<IActionResult> Tick(int id, CallPhase phase, CancellationToken ct) =>
        ModelState.IsValid ? ActAsync(id, s => pairs.TickAsync(s, phase, ct), "#plan-appel", ct) : RefusedAsync(id, null, null, ct);

    [HttpPost("binomes/{id:int}/mon-resultat")]
    [Authorize(Roles = Roles.Student)]
    public Task<IActionResult> CallerResult(int id, PairCallerResultInput model, CancellationToken ct) =>
        ModelState.IsValid ? ActAsync(id, s => pairs.CallerResultAsync(s, model, ct), "#resultats", ct) : RefusedAsync(id, null, null, ct);

    [HttpPost("binomes/{id:int}/resultat")]
    public async Task<IActionResult> Result(int id, PairResultInput model, CancellationToken ct) =>
        ModelState.IsValid ? await ActAsync(id, s => results.RecordAsync(s, model, ct), "#debrief", ct, model) : await RefusedAsync(id, model, null, ct);

    /// <summary>The caller withdraws an invitation nobody joined yet; the partner's invitation list is refreshed. Anyone else: 404.</summary>
    [HttpPost("binomes/{id:int}/annuler")]
    public async Task<IActionResult> Cancel(int id, CancellationToken ct)
    {
        var result = await ActAsync(id, s => pairs.CancelAsync(s, ct), "", ct);
        if (result is RedirectResult && await pairs.FindAsync(id, ct) is { } session)
        {
            await notifier.InvitedAsync(session.PartnerId, id, ct);
            TempData["Message"] = "Invitation annulée.";
        }
        return result;
    }

    /// <summary>The seller's price proposal during a played visit, within the marge de manœuvre.</summary>
    [HttpPost("binomes/{id:int}/proposition")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Offer(int id, PairOfferInput model, CancellationToken ct) =>
        ModelState.IsValid ? await ActAsync(id, s => visitPlays.OfferAsync(s, model, ct), "#negociation", ct, offer: model) : await RefusedAsync(id, null, null, ct, offer: model);

    /// <summary>The partner records how the played visit ended: it becomes the visit's compte rendu, mode « jeu de rôle ».</summary>
    [HttpPost("binomes/{id:int}/conclusion")]
    public async Task<IActionResult> VisitResult(int id, PairVisitResultInput model, CancellationToken ct) =>
        ModelState.IsValid ? await ActAsync(id, s => visitPlays.RecordAsync(s, model, ct), "#debrief", ct, visit: model) : await RefusedAsync(id, null, null, ct, visit: model);

    [HttpPost("binomes/{id:int}/debrief")]
    public Task<IActionResult> Debrief(int id, PairDebriefInput model, CancellationToken ct) =>
        ActAsync(id, s => results.DebriefAsync(s, model, ct), "#debrief", ct, debrief: model);

    /// <summary>Runs an action on a session the user sees: done → the other screen is told and the page reloads; refused → the page again with the message and what was typed.</summary>
    private async Task<IActionResult> ActAsync(int id, Func<PairSession, Task<Outcome>> action, string anchor, CancellationToken ct,
        PairResultInput? result = null, PairDebriefInput? debrief = null, PairOfferInput? offer = null, PairVisitResultInput? visit = null)
    {
        var session = await pairs.FindAsync(id, ct);
        if (session is null)
        {
            return NotFound();
        }
        var outcome = await action(session);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (outcome.Succeeded)
        {
            await notifier.ChangedAsync(id, ct);
            return Redirect($"/jeu-de-role/binomes/{id}{anchor}");
        }
        ModelState.AddErrors(outcome);
        return View("~/Features/RolePlay/Pair.cshtml", await PageAsync(session, ct) with { Result = result, Debrief = debrief, Offer = offer, VisitResult = visit });
    }

    private async Task<IActionResult> RefusedAsync(int id, PairResultInput? result, PairDebriefInput? debrief, CancellationToken ct,
        PairOfferInput? offer = null, PairVisitResultInput? visit = null)
    {
        var session = await pairs.FindAsync(id, ct);
        return session is null ? NotFound() : View("~/Features/RolePlay/Pair.cshtml", await PageAsync(session, ct) with { Result = result, Debrief = debrief, Offer = offer, VisitResult = visit });
    }

    private async Task<PairPageViewModel> PageAsync(PairSession session, CancellationToken ct)
    {
        var role = pairs.RoleIn(session);
        return new(session, role, await pairs.CardAsync(session, ct))
        {
            IsTeacher = scope.IsTeacher,
            Catalogue = session.IsVisit && role == PairRole.Caller && session.IsPending ? await visitPlays.CatalogueAsync(session, ct) : [],
        };
    }
}
