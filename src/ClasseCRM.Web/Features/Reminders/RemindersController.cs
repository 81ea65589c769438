using System.Security.Claims;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Features.Classes;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>/relances: the list, the week, done / snooze / cancel, reminders made by hand, the calendar feed and its settings.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("relances")]
public sealed class RemindersController(ReminderService reminders, WorkspaceContext workspace, TaughtClassContext taughtClass) : Controller
{
    [HttpGet("")]
    [Workspace]
    public async Task<IActionResult> Index(int? espace, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        return View(await reminders.ListAsync(workspaceId, ct));
    }

    [HttpGet("semaine")]
    [Workspace]
    public async Task<IActionResult> Week(int? espace, DateOnly? du, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        return View(await reminders.WeekAsync(workspaceId, du, ct));
    }

    [HttpPost("nouvelle")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Create(ReminderCreateViewModel model, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        var back = Back(model.Back);
        if (!ModelState.IsValid)
        {
            TempData["Error"] = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).First();
            KeepTyped(model);
            return Redirect(back);
        }
        if (reminders.NeedsPastConfirmation(model))
        {
            // A date already past is not saved silently: the form comes back with what was typed and asks to confirm.
            KeepTyped(model);
            TempData[ReminderFormState.PastKey] = true;
            return Redirect(back);
        }
        if (await reminders.CreateAsync(workspaceId, model, ct) is null)
        {
            return NotFound();
        }
        TempData["Message"] = "Relance enregistrée.";
        return Redirect(back);
    }

    [HttpPost("{id:int}/fait")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public Task<IActionResult> Done(int id, string? retour, CancellationToken ct) => CloseAsync(id, ReminderStatus.Done, "Relance faite.", retour, ct);

    [HttpPost("{id:int}/annuler")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public Task<IActionResult> Cancel(int id, string? retour, CancellationToken ct) => CloseAsync(id, ReminderStatus.Cancelled, "Relance annulée.", retour, ct);

    [HttpPost("{id:int}/reporter")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Snooze(int id, ReminderSnoozeViewModel model, string? retour, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        var result = await reminders.SnoozeAsync(workspaceId, id, model, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }
        if (result.IsRefused)
        {
            TempData["Error"] = result.Message;
        }
        else
        {
            TempData["Message"] = "Relance reportée.";
        }
        return Redirect(Back(retour));
    }

    [HttpGet("reglages")]
    public async Task<IActionResult> Settings(CancellationToken ct) =>
        View(await reminders.SettingsAsync(UserId, ct));

    [HttpPost("reglages")]
    public async Task<IActionResult> Settings(bool parMail, CancellationToken ct)
    {
        await reminders.SetByMailAsync(UserId, parMail, ct);
        TempData["Message"] = parMail ? "Vous recevrez vos relances et un résumé chaque matin par e-mail." : "Vos relances restent dans l'application.";
        return Redirect("/relances/reglages");
    }

    [HttpPost("reglages/jeton")]
    public async Task<IActionResult> RenewToken(CancellationToken ct)
    {
        await reminders.RenewTokenAsync(UserId, ct);
        TempData["Message"] = "Nouvelle adresse d'agenda : l'ancienne ne fonctionne plus.";
        return Redirect("/relances/reglages");
    }

    /// <summary>The calendar feed, read by calendar apps without signing in: the secret token is the key.</summary>
    [HttpGet("calendrier.ics")]
    [AllowAnonymous]
    public async Task<IActionResult> Calendar(string? jeton, CancellationToken ct)
    {
        var feed = await reminders.FeedAsync(jeton, ct);
        return feed is null ? NotFound() : Content(feed, "text/calendar; charset=utf-8");
    }

    [HttpGet("/classes/{classId:int}/relances")]
    [Authorize(Roles = Roles.Teacher)]
    [TaughtClass]
    public async Task<IActionResult> Class(int classId, CancellationToken ct)
    {
        var schoolClass = taughtClass.Class;
        ViewData["ClassName"] = schoolClass.Name;
        ViewData["ClassId"] = classId;
        return View(await reminders.ClassFollowUpsAsync(classId, ct));
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>Where to go back after an action: a local path only (the home page, a prospect card…), else the list.</summary>
    private string Back(string? back) => back is { } b && Url.IsLocalUrl(b) ? b : "/relances";

    private void KeepTyped(ReminderCreateViewModel model)
    {
        TempData[ReminderFormState.TitleKey] = model.Title;
        TempData[ReminderFormState.DueKey] = model.DueAt;
    }

    private async Task<IActionResult> CloseAsync(int id, ReminderStatus status, string message, string? retour, CancellationToken ct)
    {
        if (!await reminders.CloseAsync(workspace.Id, id, status, ct))
        {
            return NotFound();
        }
        TempData["Message"] = message;
        return Redirect(Back(retour));
    }
}
