using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Classes;

/// <summary>The teacher's classes: /classes, /classes/{id} and the actions on students and scenarios.</summary>
[Authorize(Roles = Roles.Teacher)]
[Route("classes")]
public sealed class ClassesController(ClassService classes, Data.Reference.SeedCatalog seeds, TaughtClassContext taughtClass, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await classes.ListAsync(ct));

    [HttpGet("nouvelle")]
    public IActionResult Create() => View(new ClassCreateViewModel { SchoolYear = DefaultSchoolYear(clock) });

    [HttpPost("nouvelle")]
    public async Task<IActionResult> Create(ClassCreateViewModel model, CancellationToken ct)
    {
        if (!seeds.IsReferentiel(model.Referentiel))
        {
            ModelState.AddModelError(nameof(model.Referentiel), "Choisissez le diplôme préparé par la classe.");
        }
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var id = await classes.CreateAsync(model, ct);
        TempData["Message"] = $"La classe « {model.Name.Trim()} » est créée. Ajoutez maintenant ses élèves.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await classes.DetailsAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{id:int}/eleves/ajouter")]
    [TaughtClass]
    public IActionResult AddStudent(int id)
    {
        var schoolClass = taughtClass.Class;
        return View(new StudentCreateViewModel { ClassId = id, ClassName = schoolClass.Name });
    }

    [HttpPost("{id:int}/eleves/ajouter")]
    [TaughtClass]
    public async Task<IActionResult> AddStudent(int id, StudentCreateViewModel model, CancellationToken ct)
    {
        var schoolClass = taughtClass.Class;
        model.ClassId = id;
        model.ClassName = schoolClass.Name;
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        try
        {
            var credential = await classes.AddStudentAsync(schoolClass, model.LastName, model.FirstName, model.Email, ct);
            return View("Credentials", new CredentialsViewModel(id, schoolClass.Name, [credential], "Compte créé"));
        }
        catch (ValidationException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return View(model);
        }
    }

    [HttpGet("{id:int}/eleves/importer")]
    [TaughtClass]
    public IActionResult Import(int id)
    {
        var schoolClass = taughtClass.Class;
        return View(new StudentImportViewModel { ClassId = id, ClassName = schoolClass.Name });
    }

    [HttpPost("{id:int}/eleves/importer")]
    [RequestSizeLimit(1024 * 1024)]
    [TaughtClass]
    public async Task<IActionResult> Import(int id, IFormFile? fichier, CancellationToken ct)
    {
        var schoolClass = taughtClass.Class;
        var model = new StudentImportViewModel { ClassId = id, ClassName = schoolClass.Name, FileName = fichier?.FileName };
        if (fichier is null || fichier.Length == 0)
        {
            ModelState.AddModelError("fichier", "Choisissez le fichier de la liste de classe (CSV).");
            return View(model);
        }
        if (fichier.Length > ClassService.MaxImportBytes)
        {
            ModelState.AddModelError("fichier", "Le fichier dépasse 512 Ko : est-ce bien une liste de classe ?");
            return View(model);
        }
        using var buffer = new MemoryStream();
        await fichier.CopyToAsync(buffer, ct);
        var result = await classes.ImportStudentsAsync(schoolClass, buffer.ToArray(), ct);
        if (!result.Succeeded)
        {
            model.Errors = result.Errors;
            ModelState.AddModelError("fichier", result.Errors.Count == 1 && result.Errors[0].Line == 0
                ? result.Errors[0].Reason
                : $"{French.Plural(result.Errors.Count, "ligne refusée", "lignes refusées")} : aucun compte n'a été créé. Corrigez le fichier puis importez-le de nouveau.");
            return View(model);
        }
        return View("Credentials", new CredentialsViewModel(id, schoolClass.Name, result.Credentials, $"{result.Credentials.Count} comptes créés"));
    }

    [HttpPost("{id:int}/eleves/{studentId}/reinitialiser")]
    [TaughtClass]
    public async Task<IActionResult> ResetPassword(int id, string studentId, CancellationToken ct)
    {
        var schoolClass = taughtClass.Class;
        var credential = await classes.ResetPasswordAsync(schoolClass, studentId, ct);
        return credential is null
            ? NotFound()
            : View("Credentials", new CredentialsViewModel(id, schoolClass.Name, [credential], "Mot de passe réinitialisé"));
    }

    [HttpPost("{id:int}/archiver")]
    [TaughtClass]
    public async Task<IActionResult> Archive(int id, bool archiver, CancellationToken ct)
    {
        var schoolClass = taughtClass.Class;
        await classes.SetArchivedAsync(schoolClass, archiver, ct);
        TempData["Message"] = archiver
            ? $"La classe « {schoolClass.Name} » est archivée : ses élèves peuvent encore consulter leur travail mais plus le modifier."
            : $"La classe « {schoolClass.Name} » est de nouveau active.";
        return RedirectToAction(archiver ? nameof(Index) : nameof(Details), archiver ? null : new { id });
    }

    [HttpGet("{id:int}/distribuer")]
    [TaughtClass]
    public async Task<IActionResult> HandOut(int id, CancellationToken ct)
    {
        var schoolClass = taughtClass.Class;
        return View(new HandOutViewModel { ClassId = id, ClassName = schoolClass.Name, Scenarios = await classes.ScenarioChoicesAsync(ct) });
    }

    [HttpPost("{id:int}/distribuer")]
    [TaughtClass]
    public async Task<IActionResult> HandOut(int id, HandOutViewModel model, CancellationToken ct)
    {
        var schoolClass = taughtClass.Class;
        model.ClassId = id;
        model.ClassName = schoolClass.Name;
        model.Scenarios = await classes.ScenarioChoicesAsync(ct);
        if (ModelState.IsValid && schoolClass.IsArchived)
        {
            ModelState.AddModelError("", "Cette classe est archivée : réactivez-la avant de distribuer un scénario.");
        }
        if (ModelState.IsValid && model.Scenarios.All(s => s.Id != model.ScenarioId))
        {
            ModelState.AddModelError(nameof(model.ScenarioId), "Ce scénario n'existe pas ou ne vous appartient pas.");
        }
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var created = await classes.HandOutAsync(schoolClass, model.ScenarioId!.Value, model.Pairs, ct);
        TempData["Message"] = created == 0
            ? "Tous les élèves de la classe ont déjà un espace de travail pour ce scénario."
            : $"{French.Plural(created, "espace de travail créé", "espaces de travail créés")}, chacun avec sa copie du fichier prospects.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/ratios")]
    [TaughtClass]
    public IActionResult Ratios(int id)
    {
        var c = taughtClass.Class;
        return View(new RatioSettingsViewModel
        {
            ClassId = id,
            ClassName = c.Name,
            DocumentTitle = seeds.Referentiel(c.Referentiel).Document.FullTitle,
            Reachability = c.ReachabilityBase,
            UsefulContacts = c.UsefulContactBase,
            Pitch = c.PitchBase,
            Appointments = c.AppointmentBase,
            Conversion = c.PhoneConversionBase,
            MailingReturn = c.MailingReturnBase,
            ContactDaysA = c.ContactDaysA,
            ContactDaysB = c.ContactDaysB,
            ContactDaysC = c.ContactDaysC,
            KilometreRate = c.KilometreRate,
            SynthesisDueAt = c.SynthesisDueAtUtc is { } due ? Infrastructure.Formatting.French.ToParis(due) : null,
        });
    }

    [HttpPost("{id:int}/ratios")]
    [TaughtClass]
    public async Task<IActionResult> Ratios(int id, RatioSettingsViewModel model, CancellationToken ct)
    {
        var c = taughtClass.Class;
        if (!ModelState.IsValid)
        {
            model.ClassId = id;
            model.ClassName = c.Name;
            model.DocumentTitle = seeds.Referentiel(c.Referentiel).Document.FullTitle;
            return View(model);
        }
        await classes.SetRatioVariantsAsync(c, model, ct);
        TempData["Message"] = "Les formules des ratios de la classe sont enregistrées ; les résultats des élèves les utilisent.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private static string DefaultSchoolYear(TimeProvider clock)
    {
        var today = clock.GetLocalNow();
        var start = today.Month >= 8 ? today.Year : today.Year - 1;
        return $"{start}-{start + 1}";
    }
}
