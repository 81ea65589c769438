using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Data;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Features.Admin;

/// <summary>
/// /admin: an établissement's administrator manages its teacher accounts and follows its mail; whoever runs the
/// installation (<see cref="Installation"/>: the administrator of a school's own, the operator of an académie's) reads
/// the settings, sends a test mail and makes backups. The operator follows every établissement's mail.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Operator)]
[Route("admin")]
public sealed class AdminController(
    AppDbContext db,
    AccessScope scope,
    TeacherAccountService teachers,
    Outbox outbox,
    DatabaseBackup backup,
    IOptionsMonitor<MailOptions> mail) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        // The établissement's counts (no personal data): the administrator reads no workspace, so the scope filters are
        // lifted here on purpose, for their own établissement only.
        var school = scope.SchoolId;
        var model = new AdminHomeViewModel(
            await db.Schools.Where(s => s.Id == school).Select(s => new SchoolHeading(s.Name, s.Uai, s.City)).FirstOrDefaultAsync(ct)
                ?? new SchoolHeading("—", null, ""),
            await db.Classes.IgnoreQueryFilters().CountAsync(c => school != null && c.SchoolId == school && !c.IsArchived, ct),
            await db.Workspaces.IgnoreQueryFilters().CountAsync(w => school != null && w.Class!.SchoolId == school, ct),
            await db.Users.CountAsync(u => school != null && u.SchoolId == school, ct),
            await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending, ct),
            await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, ct),
            mail.CurrentValue.Mode,
            Installation.IsRunBy(HttpContext));
        return View(model);
    }

    [HttpGet("enseignants")]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Teachers(CancellationToken ct)
    {
        ViewData["Teachers"] = await teachers.ListAsync(ct);
        return View(new StaffAccountViewModel());
    }

    [HttpPost("enseignants")]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Teachers(StaffAccountViewModel model, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var credential = await teachers.CreateAsync(model, ct);
                return View("Credentials", credential);
            }
            catch (ValidationException ex)
            {
                ModelState.AddModelError(nameof(model.UserName), ex.Message);
            }
        }
        ViewData["Teachers"] = await teachers.ListAsync(ct);
        return View(model);
    }

    [HttpPost("enseignants/{id}/reinitialiser")]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> ResetTeacherPassword(string id)
    {
        var credential = await teachers.ResetPasswordAsync(id);
        return credential is null ? NotFound() : View("Credentials", credential);
    }

    [HttpGet("parametres")]
    [Authorize(Policy = Installation.Policy)]
    public IActionResult Settings() => View(new TestMailViewModel());

    [HttpPost("parametres/test-courriel")]
    [Authorize(Policy = Installation.Policy)]
    public async Task<IActionResult> SendTestMail(TestMailViewModel model, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(nameof(Settings), model);
        }
        outbox.Add(new OutboxDraft(null, null, "", model.To.Trim(), "", "ClasseCRM — message de test",
            "Bonjour,\n\nCe message de test confirme que ClasseCRM peut envoyer des courriels.\n\nL'administrateur de ClasseCRM"));
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Le message de test est dans la file d'envoi ; suivez son état dans « Courriels ».";
        return RedirectToAction(nameof(Messages));
    }

    [HttpGet("messages")]
    public async Task<IActionResult> Messages(int page = 1, CancellationToken ct = default)
    {
        page = Math.Max(page, 1);
        var total = await db.OutboxMessages.CountAsync(ct);
        var items = await db.OutboxMessages.AsNoTracking()
            .OrderByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new OutboxListItem(m.Id, m.CreatedAtUtc, m.ToAddress, m.Subject, m.Status, m.Attempts, m.LastError, m.NextAttemptAtUtc, m.DeliveredAtUtc))
            .ToListAsync(ct);
        ViewData["Page"] = page;
        ViewData["Total"] = total;
        return View(items);
    }

    [HttpPost("messages/{id:int}/reessayer")]
    public async Task<IActionResult> RetryMessage(int id, CancellationToken ct)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return NotFound();
        }
        if (message.Status == OutboxStatus.Failed)
        {
            message.Status = OutboxStatus.Pending;
            message.Attempts = 0;
            message.NextAttemptAtUtc = null;
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Le message est remis dans la file d'envoi.";
        }
        return RedirectToAction(nameof(Messages));
    }

    /// <summary>The backup page: the date and size of the last backup, a button to make one, the link to download it.</summary>
    [HttpGet("sauvegarde")]
    [Authorize(Policy = Installation.Policy)]
    public IActionResult Backup() => View(backup.Last());

    /// <summary>Makes a consistent copy of the live database (SQLite online backup), kept on the server, and confirms it.</summary>
    [HttpPost("sauvegarde")]
    [Authorize(Policy = Installation.Policy)]
    public async Task<IActionResult> CreateBackup(CancellationToken ct)
    {
        if (!backup.MakesFiles)
        {
            return NotFound();
        }
        var made = await backup.CreateKeptAsync(ct);
        TempData["Message"] = $"Sauvegarde faite le {made.MadeAtParis:dd/MM/yyyy} à {made.MadeAtParis:HH:mm} ({BackupSize.Of(made.Bytes)}). Téléchargez-la pour la garder hors du serveur.";
        return RedirectToAction(nameof(Backup));
    }

    [HttpGet("sauvegarde/telecharger")]
    [Authorize(Policy = Installation.Policy)]
    public IActionResult DownloadBackup(string? fichier)
    {
        if (backup.PathOf(fichier) is not { } path)
        {
            return NotFound();
        }
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
        return File(stream, "application/vnd.sqlite3", fichier);
    }
}
