using System.Security.Claims;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Mailing;

/// <summary>/operations/{id}/publipostage: the template, the preview per recipient, sending, the letters PDF and the returns.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("operations/{id:int}/publipostage")]
public sealed class MailingController(MailingService mailing, OperationService operations, OperationPlanService plans, WorkspaceContext workspace, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, int? apercu, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        if (operation is null || !MailingService.IsMailing(operation))
        {
            return NotFound();
        }
        return View(await mailing.PageAsync(operation, User.DisplayName(), apercu, null, ct));
    }

    [HttpPost("modele")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> SaveTemplate(int id, MailTemplateViewModel model, int? apercu, CancellationToken ct)
    {
        var operation = await WritableAsync(id, ct);
        if (operation is null)
        {
            return NotFound();
        }
        foreach (var error in MailingService.Check(model, operation.Channel))
        {
            ModelState.AddModelError(nameof(model.Body), error);
        }
        if (!ModelState.IsValid)
        {
            return View("Index", await mailing.PageAsync(operation, User.DisplayName(), apercu, model, ct));
        }
        // The template is the letter of the student's plan: saved changed, it gets a version.
        await plans.SaveLetterAsync(operation, model.Subject, model.Body, User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
        TempData["Message"] = "Le modèle est enregistré. Vérifiez l'aperçu avant d'envoyer.";
        return Redirect($"/operations/{id}/publipostage" + (apercu is { } p ? $"?apercu={p}" : "") + "#apercu");
    }

    [HttpPost("envoyer")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Send(int id, CancellationToken ct)
    {
        var operation = await WritableAsync(id, ct);
        if (operation is null)
        {
            return NotFound();
        }
        MailingSendReport report;
        try
        {
            report = await mailing.SendAsync(operation, User.DisplayName(), ct);
        }
        catch (MailRefusedException ex)
        {
            TempData["Error"] = ex.Message;
            return Redirect($"/operations/{id}/publipostage");
        }
        var what = operation.Channel == Channel.Email
            ? French.Plural(report.Sent, "e-mail envoyé", "e-mails envoyés") + " dans la messagerie"
            : French.Plural(report.Sent, "courrier enregistré comme posté", "courriers enregistrés comme postés");
        TempData["Message"] = $"{what}." + (report.Skipped.Count > 0 ? $" {French.Plural(report.Skipped.Count, "destinataire écarté", "destinataires écartés")} : voir la colonne « État »." : "");
        return Redirect($"/operations/{id}/publipostage");
    }

    [HttpGet("lettres.pdf")]
    public async Task<IActionResult> Letters(int id, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        if (operation is null || operation.Channel != Channel.Mail)
        {
            return NotFound();
        }
        var (company, letters) = await mailing.LettersAsync(operation, User.DisplayName(), ct);
        var today = DateOnly.FromDateTime(French.ToParis(clock.GetUtcNow().UtcDateTime));
        var pdf = LettersPdf.Render(company, letters.Select(l => new LettersPdf.Letter(l.Recipient.AddressLines, l.Subject, l.Body)), today, $"Courriers — {operation.Name}");
        return File(pdf, "application/pdf", $"courriers-operation-{id}.pdf");
    }

    [HttpPost("{prospectId:int}/retour")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> RecordResult(int id, int prospectId, MailingResultViewModel model, CancellationToken ct)
    {
        var operation = await WritableAsync(id, ct);
        if (operation is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            TempData["Error"] = $"Choisissez le retour ({(operation.Channel == Channel.Email ? "rebond" : "NPAI")} ou réponse) avant d'enregistrer.";
            return Redirect($"/operations/{id}/publipostage#p{prospectId}");
        }
        if (!await mailing.RecordResultAsync(operation, prospectId, model.Result!.Value, model.Note, User.DisplayName(), ct))
        {
            return NotFound();
        }
        TempData["Message"] = "Retour enregistré.";
        return Redirect($"/operations/{id}/publipostage#p{prospectId}");
    }

    private async Task<Operation?> WritableAsync(int id, CancellationToken ct)
    {
        var operation = await operations.FindAsync(id, ct);
        return operation is not null && MailingService.IsMailing(operation) && workspace.CanWrite(operation.WorkspaceId) ? operation : null;
    }
}
