using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// /syntheses: the document students hand in (« compte rendu d'opération » or « synthèse écrite U22 », as the class's
/// référentiel names it) — create, write, hand in, return, assess, revise. Teachers read their classes' (?espace=).
/// </summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("syntheses")]
public sealed class SynthesesController(SynthesisService syntheses, SynthesisAssessmentService assessments, WorkspaceContext workspace) : Controller
{
    [HttpGet("")]
    [Workspace]
    public async Task<IActionResult> Index(int? espace, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        ViewData["CanWrite"] = workspace.CanWrite(workspaceId);
        ViewData["WorkspaceId"] = workspaceId;
        ViewData["Document"] = await syntheses.DocumentAsync(workspaceId, ct);
        return View(await syntheses.ListAsync(workspaceId, ct));
    }

    [HttpGet("nouvelle")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        ViewData["Document"] = await syntheses.DocumentAsync(workspace.Id, ct);
        return View(await syntheses.ChoicesAsync(workspace.Id, new SynthesisCreateViewModel(), ct));
    }

    [HttpPost("nouvelle")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Create(SynthesisCreateViewModel model, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        if (model.OperationIds.Count == 0)
        {
            ModelState.AddModelError(nameof(model.OperationIds), "Choisissez au moins une opération.");
        }
        if (ModelState.IsValid && await syntheses.CreateAsync(workspaceId, model, ct) is { } id)
        {
            TempData["Message"] = "Document créé : les parties chiffrées sont remplies d'après vos données, écrivez l'analyse.";
            return Redirect($"/syntheses/{id}");
        }
        if (ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(model.OperationIds), "Ces opérations ne sont pas dans votre espace.");
        }
        ViewData["Document"] = await syntheses.DocumentAsync(workspaceId, ct);
        return View(await syntheses.ChoicesAsync(workspaceId, model, ct));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var s = await syntheses.FindAsync(id, ct);
        return s is null ? NotFound() : View(await PageAsync(s, ct));
    }

    /// <summary>The page, with the teacher's place in the round of documents to assess.</summary>
    private async Task<SynthesisPageViewModel> PageAsync(Domain.Syntheses.Synthesis s, CancellationToken ct) =>
        await syntheses.PageAsync(s, ct) with { Round = await assessments.RoundAsync(s, ct) };

    [HttpGet("{id:int}/xlsx")]
    public async Task<IActionResult> Xlsx(int id, CancellationToken ct)
    {
        var s = await syntheses.FindAsync(id, ct);
        if (s is null)
        {
            return NotFound();
        }
        var page = await syntheses.PageAsync(s, ct);
        var buffer = new MemoryStream();
        await Infrastructure.Spreadsheets.XlsxWriter.WriteCellsAsync(buffer, "Chiffres", SynthesisSpreadsheet.Rows(s, page.Facts).ToAsyncEnumerable(), ct);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(page, "xlsx"));
    }

    [HttpGet("{id:int}/pdf")]
    public Task<IActionResult> Pdf(int id, CancellationToken ct) =>
        ExportAsync(id, "pdf", "application/pdf", SynthesisPdf.Render, ct);

    [HttpGet("{id:int}/docx")]
    public Task<IActionResult> Docx(int id, CancellationToken ct) =>
        ExportAsync(id, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SynthesisDocx.Render, ct);

    /// <summary>The synthesis as a document (as frozen at hand-in, or live for a draft), with its assessment when there is one.</summary>
    private async Task<IActionResult> ExportAsync(int id, string extension, string contentType, Func<IReadOnlyList<DocBlock>, string, string, byte[]> render, CancellationToken ct)
    {
        var s = await syntheses.FindAsync(id, ct);
        if (s is null)
        {
            return NotFound();
        }
        var author = await syntheses.AuthorAsync(s, ct);
        var page = await syntheses.PageAsync(s, ct);
        return File(render(SynthesisDocument.Build(page, author), s.Title, author), contentType, FileName(page, extension));
    }

    /// <summary>« compte-rendu-12-v1.pdf » or « synthese-12-v1.pdf », as the document is named.</summary>
    private static string FileName(SynthesisPageViewModel page, string extension) =>
        $"{Domain.TextFolding.Slug(page.Referentiel.Document.Noun)}-{page.Synthesis.Id}-v{page.Synthesis.Version}.{extension}";

    /// <summary>Saves the analysis; with « rendre », saves it first, then shows what will be frozen before handing in.</summary>
    [HttpPost("{id:int}")]
    [Authorize(Roles = Roles.Student)]
    public Task<IActionResult> Save(int id, SynthesisTextViewModel model, bool rendre, bool lignes, CancellationToken ct) =>
        SaveAsync(id, model, rendre, lignes, takeReminders: false, ct);

    /// <summary>« Reprendre les relances ouvertes »: saves what was typed, then adds the open reminders not in the rétroagir table yet.</summary>
    [HttpPost("{id:int}/relances")]
    [Authorize(Roles = Roles.Student)]
    public Task<IActionResult> TakeReminders(int id, SynthesisTextViewModel model, CancellationToken ct) =>
        SaveAsync(id, model, rendre: false, lignes: true, takeReminders: true, ct);

    private async Task<IActionResult> SaveAsync(int id, SynthesisTextViewModel model, bool rendre, bool lignes, bool takeReminders, CancellationToken ct)
    {
        var s = await syntheses.FindAsync(id, ct);
        if (s is null || !syntheses.CanWrite(s))
        {
            return NotFound();
        }
        foreach (var (field, message) in SynthesisRows.Check(model))
        {
            ModelState.AddModelError(field, message);
        }
        if (!ModelState.IsValid)
        {
            ViewData["Text"] = model;
            return View("Details", await PageAsync(s, ct));
        }
        if (!await syntheses.SaveTextAsync(s, model, ct))
        {
            TempData["Error"] = "Un document rendu ne se modifie plus.";
            return Redirect($"/syntheses/{id}");
        }
        if (takeReminders)
        {
            var added = await syntheses.TakeOpenRemindersAsync(s, ct) ?? 0;
            TempData["Message"] = added == 0
                ? "Analyse enregistrée. Aucune autre relance ouverte à reprendre : elles sont déjà toutes dans le tableau."
                : $"Analyse enregistrée. {French.Plural(added, "relance ouverte ajoutée", "relances ouvertes ajoutées")} au tableau « Rétroagir » : complétez l'écart et la cause de chacune.";
            return Redirect($"/syntheses/{id}#retroagir");
        }
        if (!rendre)
        {
            TempData["Message"] = "Analyse enregistrée.";
            return Redirect($"/syntheses/{id}#{(lignes ? "retroagir" : "analyse")}");
        }
        var saved = (await syntheses.FindAsync(id, ct))!;
        if (await syntheses.MissingPartsAsync(saved, ct) is { Count: > 0 } missing)
        {
            ModelState.AddModelError("", "Analyse enregistrée, mais le document ne peut pas encore être rendu.");
            foreach (var (field, message) in missing)
            {
                ModelState.AddModelError(field, message);
            }
            // Saved: the rows are shown as stored (the removed and blank ones gone), numbered as the messages name them.
            ViewData["Text"] = model.WithRows ? null : model;
            return View("Details", await PageAsync(saved, ct));
        }
        return Redirect($"/syntheses/{id}/rendre");
    }

    /// <summary>The confirmation: what will be frozen (figures, text), the deadline; the student confirms or goes back.</summary>
    [HttpGet("{id:int}/rendre")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> ConfirmHandIn(int id, CancellationToken ct)
    {
        var s = await syntheses.FindAsync(id, ct);
        if (s is null || !syntheses.CanWrite(s))
        {
            return NotFound();
        }
        if (s.Status != Domain.Syntheses.SynthesisStatus.Draft)
        {
            return Redirect($"/syntheses/{id}");
        }
        return View("HandIn", await syntheses.PageAsync(s, ct));
    }

    [HttpPost("{id:int}/rendre")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> HandIn(int id, CancellationToken ct)
    {
        var s = await syntheses.FindAsync(id, ct);
        if (s is null || !syntheses.CanWrite(s))
        {
            return NotFound();
        }
        if (await syntheses.HandInAsync(s, ct) is { IsRefused: true } refusal)
        {
            TempData["Error"] = refusal.Message;
            return Redirect($"/syntheses/{id}#analyse");
        }
        TempData["Message"] = "Document rendu : ses chiffres et son texte sont figés.";
        return Redirect($"/syntheses/{id}");
    }

    [HttpPost("{id:int}/retourner")]
    [Authorize(Roles = Roles.Teacher)]
    public async Task<IActionResult> Return(int id, CancellationToken ct)
    {
        var s = await syntheses.FindAsync(id, ct);
        if (s is null || !syntheses.CanReturn(s))
        {
            return NotFound();
        }
        await syntheses.ReturnAsync(s, ct);
        TempData["Message"] = "Document retourné à l'élève pour une nouvelle version.";
        return Redirect($"/syntheses/{id}");
    }

    [HttpPost("{id:int}/evaluation")]
    [Authorize(Roles = Roles.Teacher)]
    public async Task<IActionResult> Assess(int id, SynthesisAssessViewModel model, bool suivant, CancellationToken ct)
    {
        var s = await syntheses.FindAsync(id, ct);
        if (s is { Status: Domain.Syntheses.SynthesisStatus.Assessed })
        {
            // Sent twice (a double click on « suivant »): the first one saved it.
            TempData["Message"] = "Ce document est déjà évalué : voici l'évaluation enregistrée.";
            return Redirect($"/syntheses/{id}");
        }
        if (s is null || !syntheses.CanReturn(s))
        {
            return NotFound();
        }
        var outcome = ModelState.IsValid ? await assessments.AssessAsync(s, model, Account.UserDisplayName.DisplayName(User), ct) : null;
        if (outcome is not { Succeeded: true })
        {
            if (outcome is not null)
            {
                ModelState.AddErrors(outcome);
            }
            ViewData["Assess"] = model;
            return View("Details", await PageAsync(s, ct));
        }
        // The round is read after the save: this document no longer waits, the next one does.
        var round = await assessments.RoundAsync((await syntheses.FindAsync(id, ct))!, ct);
        if (suivant && round?.NextToAssessId is { } next)
        {
            TempData["Message"] = $"Évaluation enregistrée et retournée à l'élève. Encore {French.Plural(round.ToAssess, "document", "documents")} à évaluer.";
            return Redirect($"/syntheses/{next}#evaluer");
        }
        TempData["Message"] = round is { ToAssess: 0 } ? "Évaluation enregistrée et retournée à l'élève. Tous les documents rendus sont évalués." : "Évaluation enregistrée et retournée à l'élève.";
        return Redirect($"/syntheses/{id}");
    }

    [HttpPost("{id:int}/reviser")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Revise(int id, CancellationToken ct)
    {
        var s = await syntheses.FindAsync(id, ct);
        if (s is null || !syntheses.CanWrite(s) || await syntheses.ReviseAsync(s, ct) is not { } next)
        {
            return NotFound();
        }
        TempData["Message"] = "Nouvelle version créée : la version retournée est conservée.";
        return Redirect($"/syntheses/{next}");
    }
}
