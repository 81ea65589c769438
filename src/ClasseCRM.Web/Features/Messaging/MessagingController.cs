using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Messaging;

/// <summary>/messagerie: the class mailbox. Students write and read their workspace's mail; teachers read their classes'.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("messagerie")]
public sealed class MessagingController(MessagingService messaging, AccessScope scope) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default)
    {
        var (items, total) = await messaging.ListAsync(page, ct);
        ViewData["Page"] = Math.Max(page, 1);
        ViewData["Total"] = total;
        return View(items);
    }

    /// <summary>/classes/{id}/courriels: what the class's students sent, for their teacher (another teacher: 404).</summary>
    [HttpGet("~/classes/{classId:int}/courriels")]
    [Authorize(Roles = Roles.Teacher)]
    public async Task<IActionResult> ClassMail(int classId, int page = 1, CancellationToken ct = default)
    {
        var model = await messaging.ClassMailAsync(classId, page, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var message = await messaging.FindAsync(id, ct);
        if (message is null)
        {
            return NotFound();
        }
        return await DetailsView(message, new ProspectAnswerViewModel(), ct);
    }

    [HttpPost("{id:int}/reponse")]
    [Authorize(Roles = Roles.Teacher)]
    public async Task<IActionResult> AnswerAsProspect(int id, ProspectAnswerViewModel model, CancellationToken ct)
    {
        var message = await messaging.FindAsync(id, ct);
        if (message is null || !messaging.CanAnswerAsProspect(message))
        {
            return NotFound();
        }
        if (!ProspectAnswerViewModel.AnswerKinds.Contains(model.Result))
        {
            ModelState.AddModelError(nameof(model.Result), "Choisissez ce que la réponse signifie pour le prospect.");
        }
        if (!ModelState.IsValid)
        {
            return await DetailsView(message, model, ct);
        }
        var answerId = await messaging.AnswerAsProspectAsync(message, model, User.DisplayName(), ct);
        TempData["Message"] = "La réponse du prospect est arrivée dans la messagerie de l'élève.";
        return RedirectToAction(nameof(Details), new { id = answerId });
    }

    private async Task<IActionResult> DetailsView(Domain.OutboxMessage message, ProspectAnswerViewModel answer, CancellationToken ct)
    {
        ViewData["Thread"] = await messaging.ThreadAsync(message, ct);
        ViewData["CanAnswer"] = messaging.CanAnswerAsProspect(message);
        ViewData["CanReply"] = scope.IsStudent && message.Status == OutboxStatus.Received && message.WorkspaceId is { } ws
            && ws == scope.CurrentWorkspaceId && scope.CanWrite(ws);
        ViewData["Answer"] = answer;
        return View("Details", message);
    }

    [HttpGet("nouveau")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Compose(CancellationToken ct)
    {
        if (scope.CurrentWorkspaceId is not { } workspaceId)
        {
            return View("NoWorkspace");
        }
        ViewData["FreeAddress"] = messaging.FreeAddressAllowed;
        return View(new MessageComposeViewModel { Recipients = await messaging.RecipientsAsync(workspaceId, ct) });
    }

    /// <summary>« Répondre » on a prospect's message: the compose form, pre-filled. Another workspace's message: 404.</summary>
    [HttpGet("{id:int}/repondre")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Reply(int id, CancellationToken ct)
    {
        if (scope.CurrentWorkspaceId is not { } workspaceId || await messaging.ReplyableAsync(workspaceId, id, ct) is not { } original)
        {
            return NotFound();
        }
        var model = await messaging.ReplyDraftAsync(workspaceId, original, ct);
        model.Recipients = await messaging.RecipientsAsync(workspaceId, ct);
        ViewData["FreeAddress"] = messaging.FreeAddressAllowed;
        ViewData["Original"] = original;
        return View("Compose", model);
    }

    [HttpPost("nouveau")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Compose(MessageComposeViewModel model, CancellationToken ct)
    {
        if (scope.CurrentWorkspaceId is not { } workspaceId)
        {
            return View("NoWorkspace");
        }
        var original = model.InReplyToId is { } answered ? await messaging.ReplyableAsync(workspaceId, answered, ct) : null;
        if (model.InReplyToId is not null && original is null)
        {
            return NotFound();
        }
        if (!scope.CanWrite(workspaceId))
        {
            ModelState.AddModelError("", "Cet espace de travail est archivé : vous ne pouvez plus envoyer de message.");
        }
        if (!messaging.FreeAddressAllowed && !string.IsNullOrWhiteSpace(model.OtherAddress))
        {
            ModelState.AddModelError(nameof(model.OtherAddress), MessagingService.FreeAddressRefused);
        }
        else if (model.ContactId is null && string.IsNullOrWhiteSpace(model.OtherAddress))
        {
            ModelState.AddModelError(nameof(model.ContactId), messaging.FreeAddressAllowed
                ? "Choisissez un destinataire ou saisissez une adresse e-mail."
                : "Choisissez un interlocuteur de votre fichier prospects.");
        }
        else if (model.ContactId is not null && !string.IsNullOrWhiteSpace(model.OtherAddress))
        {
            ModelState.AddModelError(nameof(model.OtherAddress), "Choisissez un interlocuteur ou saisissez une adresse, pas les deux.");
        }
        int? id = null;
        if (ModelState.IsValid)
        {
            var sender = User.DisplayName();
            try
            {
                id = await messaging.SendAsync(workspaceId, model, sender, ct);
            }
            catch (MailRefusedException ex)
            {
                ModelState.AddModelError("", ex.Message);
            }
            if (id is null && ModelState.IsValid)
            {
                ModelState.AddModelError(nameof(model.ContactId), "Ce destinataire n'existe pas dans votre fichier ou s'est opposé aux e-mails.");
            }
        }
        if (!ModelState.IsValid)
        {
            model.Recipients = await messaging.RecipientsAsync(workspaceId, ct);
            ViewData["FreeAddress"] = messaging.FreeAddressAllowed;
            ViewData["Original"] = original;
            return View(model);
        }
        TempData["Message"] = original is null
            ? "Votre message est enregistré et part dans la messagerie de la classe."
            : "Votre réponse est enregistrée et part dans la messagerie de la classe.";
        return RedirectToAction(nameof(Details), new { id });
    }
}
