using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Spreadsheets;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>/prospects/import and /prospects/export: the prospect file in and out of spreadsheets.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("prospects")]
public sealed class ProspectFilesController(WorkspaceContext workspace, ProspectImportService imports, ProspectImportRunner runner, IBackgroundJobClient jobs,
    ProspectExportService exports, TimeProvider clock, ILogger<ProspectFilesController> logger) : Controller
{
    private const string Views = "~/Features/Prospects/";

    [HttpGet("export")]
    [Workspace]
    public async Task<IActionResult> Export([FromQuery] ProspectQuery query, string? format, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        var stamp = Infrastructure.Formatting.French.ToParis(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (format == "xlsx")
        {
            // The zip archive writes parts of its directory synchronously: allowed for this download only.
            if (HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>() is { } body)
            {
                body.AllowSynchronousIO = true;
            }
            Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            Response.Headers.ContentDisposition = $"attachment; filename=\"prospects-{stamp}.xlsx\"";
            await exports.WriteXlsxAsync(workspaceId, query, Response.Body, ct);
        }
        else
        {
            Response.ContentType = "text/csv; charset=utf-8";
            Response.Headers.ContentDisposition = $"attachment; filename=\"prospects-{stamp}.csv\"";
            await exports.WriteCsvAsync(workspaceId, query, Response.Body, ct);
        }
        return new EmptyResult();
    }

    [HttpGet("import/modele")]
    public async Task<IActionResult> Template()
    {
        using var buffer = new MemoryStream();
        await ProspectImportService.WriteTemplateAsync(buffer);
        return File(buffer.ToArray(), "text/csv; charset=utf-8", "modele-import-prospects.csv");
    }

    [HttpGet("import")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Upload(CancellationToken ct)
    {
        ViewData["Runs"] = await imports.RecentRunsAsync(workspace.Id, ct);
        return View(Views + "Import.cshtml");
    }

    [HttpPost("import")]
    [Authorize(Roles = Roles.Student)]
    [RequestSizeLimit(ImportLimits.MaxUploadRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ImportLimits.MaxUploadRequestBytes)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Upload(IFormFile? fichier, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        if (fichier is null || fichier.Length == 0)
        {
            ModelState.AddModelError("fichier", "Choisissez un fichier CSV ou Excel (.xlsx) à importer.");
            return View(Views + "Import.cshtml");
        }
        if (fichier.Length > ProspectImportService.MaxBytes)
        {
            ModelState.AddModelError("fichier", ImportLimits.FileTooLarge);
            return View(Views + "Import.cshtml");
        }
        using var buffer = new MemoryStream();
        await fichier.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var (table, error) = ProspectImportService.ReadTable(fichier.FileName, content);
        if (table is null)
        {
            ModelState.AddModelError("fichier", error!);
            return View(Views + "Import.cshtml");
        }
        var id = await imports.StoreAsync(workspaceId, fichier.FileName, table, ct);
        return Redirect($"/prospects/import/{id}");
    }

    /// <summary>
    /// The import's page: the preview while it is pending (its student only), then its progress and its counts — for the
    /// workspace's members and, read-only, its teacher; anyone else gets 404.
    /// </summary>
    [HttpGet("import/{id:int}")]
    public async Task<IActionResult> Preview(int id, CancellationToken ct)
    {
        var batch = await imports.FindAsync(id, ct);
        if (batch is null)
        {
            return NotFound();
        }
        var canWrite = workspace.CanWrite(batch.WorkspaceId);
        if (batch.Status != ImportRunStatus.Pending)
        {
            return View(Views + "ImportProgress.cshtml", ImportProgressViewModel.Of(batch, clock.GetUtcNow().UtcDateTime, canWrite));
        }
        if (!canWrite)
        {
            return NotFound();
        }
        var table = ProspectImportService.Table(batch);
        var mapping = ProspectImportService.Mapping(table, batch.MappingJson);
        var evaluation = await imports.EvaluateAsync(batch.WorkspaceId, table, mapping, ct);
        return View(Views + "ImportPreview.cshtml", new ImportPreviewViewModel(batch.Id, batch.FileName, table, mapping, evaluation));
    }

    /// <summary>The progress as JSON for the page's script (polled every second while the import runs).</summary>
    [HttpGet("import/{id:int}/progression")]
    public async Task<IActionResult> Progress(int id, CancellationToken ct)
    {
        var batch = await imports.FindAsync(id, ct);
        if (batch is null || batch.Status == ImportRunStatus.Pending)
        {
            return NotFound();
        }
        var p = ImportProgressViewModel.Of(batch, clock.GetUtcNow().UtcDateTime, workspace.CanWrite(batch.WorkspaceId));
        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            status = p.Status.ToString().ToLowerInvariant(),
            active = p.IsActive,
            total = p.Total,
            processed = p.Processed,
            created = p.Created,
            rejected = p.Rejected,
            percent = p.Percent,
            summary = p.Summary,
        });
    }

    [HttpPost("import/{id:int}")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Apply(int id, List<string>? colonnes, string? action, CancellationToken ct)
    {
        var batch = await imports.FindAsync(id, ct);
        if (batch is null || !workspace.CanWrite(batch.WorkspaceId))
        {
            return NotFound();
        }
        if (batch.Status != ImportRunStatus.Pending)
        {
            TempData["Error"] = "Cet import est déjà lancé : il ne sera pas appliqué une seconde fois.";
            return Redirect($"/prospects/import/{id}");
        }
        var table = ProspectImportService.Table(batch);
        if (colonnes is not null && colonnes.Count == table.Headers.Count)
        {
            // A field can be filled by one column only: later duplicates are ignored.
            var seen = new HashSet<string>();
            var cleaned = colonnes.Select(c => ProspectColumns.Find(c) is not null && seen.Add(c) ? c : "").ToList();
            await imports.SaveMappingAsync(batch, cleaned, ct);
        }
        if (action != "importer")
        {
            return Redirect($"/prospects/import/{id}");
        }
        // Refused when another click (or tab) started it first: the same preview is never applied twice.
        if (!await runner.QueueAsync(batch, User.DisplayName(), ct))
        {
            TempData["Error"] = "Cet import est déjà lancé : il ne sera pas appliqué une seconde fois.";
            return Redirect($"/prospects/import/{id}");
        }
        try
        {
            jobs.Enqueue<ImportProspectsJob>(job => job.RunAsync(id, CancellationToken.None));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The job storage is busy or down: the preview stays as it was, to be imported again.
            await runner.UnqueueAsync(id, ImportRunStatus.Pending, CancellationToken.None);
            logger.LogWarning(ex, "Import {ImportId} : la tâche n'a pas pu être mise en file", id);
            TempData["Error"] = "L'import n'a pas pu être lancé : réessayez dans un instant.";
        }
        return Redirect($"/prospects/import/{id}");
    }

    /// <summary>Resumes an interrupted import after its last committed chunk (the rows already imported are not read again).</summary>
    [HttpPost("import/{id:int}/reprendre")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Resume(int id, CancellationToken ct)
    {
        var batch = await imports.FindAsync(id, ct);
        if (batch is null || !workspace.CanWrite(batch.WorkspaceId))
        {
            return NotFound();
        }
        if (await runner.RequeueAsync(id, ct))
        {
            try
            {
                jobs.Enqueue<ImportProspectsJob>(job => job.RunAsync(id, CancellationToken.None));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await runner.UnqueueAsync(id, ImportRunStatus.Interrupted, CancellationToken.None);
                logger.LogWarning(ex, "Import {ImportId} : la reprise n'a pas pu être mise en file", id);
                TempData["Error"] = "L'import n'a pas pu être repris : réessayez dans un instant.";
                return Redirect($"/prospects/import/{id}");
            }
            TempData["Message"] = "Import repris : il continue après la dernière ligne importée.";
        }
        else
        {
            TempData["Error"] = "Cet import n'est pas interrompu : il n'y a rien à reprendre.";
        }
        return Redirect($"/prospects/import/{id}");
    }

    [HttpPost("import/{id:int}/annuler")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Cancel(int id, CancellationToken ct)
    {
        var batch = await imports.FindAsync(id, ct);
        if (batch is null || !workspace.CanWrite(batch.WorkspaceId))
        {
            return NotFound();
        }
        if (batch.Status != ImportRunStatus.Pending)
        {
            TempData["Error"] = "Cet import est déjà lancé : il ne peut plus être annulé.";
            return Redirect($"/prospects/import/{id}");
        }
        await imports.CancelAsync(batch, ct);
        TempData["Message"] = "Import annulé : rien n'a été ajouté.";
        return Redirect("/prospects");
    }
}

public sealed record ImportPreviewViewModel(int Id, string FileName, ImportTable Table, List<string> Mapping, ImportEvaluation Evaluation);
