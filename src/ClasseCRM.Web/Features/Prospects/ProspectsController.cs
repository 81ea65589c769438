using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>/prospects: the prospect file. Students work in theirs; teachers read their classes' files (?espace=).</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Teacher)]
[Route("prospects")]
public sealed class ProspectsController(ProspectService prospects, ProspectValidator validator, WorkspaceContext workspace) : Controller
{
    private string Author => User.DisplayName();

    [HttpGet("")]
    [Workspace]
    public async Task<IActionResult> Index([FromQuery] ProspectQuery query, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        return View(await prospects.ListAsync(workspaceId, query, ct));
    }

    [HttpGet("nouveau")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public IActionResult Create() => View("Edit", new ProspectEditViewModel());

    [HttpPost("nouveau")]
    [Authorize(Roles = Roles.Student)]
    [Workspace(WorkspaceUse.Write)]
    public async Task<IActionResult> Create(ProspectEditViewModel model, CancellationToken ct)
    {
        var workspaceId = workspace.Id;
        model.Id = null;
        var result = validator.Validate(model);
        AddErrors(result.Errors);
        if (ModelState.IsValid && !model.ConfirmDuplicate)
        {
            model.Duplicates = await prospects.FindDuplicatesAsync(workspaceId, result.Value, null, ct);
        }
        if (!ModelState.IsValid || model.Duplicates.Count > 0)
        {
            return View("Edit", model);
        }
        var id = await prospects.CreateAsync(workspaceId, result.Value, Author, ct);
        TempData["Message"] = $"La fiche « {result.Value.Name} » est créée.";
        return Redirect($"/prospects/{id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await prospects.DetailsAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{id:int}/modifier")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var prospect = await prospects.FindWritableAsync(id, ct);
        return prospect is null ? NotFound() : View(ProspectService.ToForm(prospect));
    }

    [HttpPost("{id:int}/modifier")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Edit(int id, ProspectEditViewModel model, CancellationToken ct)
    {
        var prospect = await prospects.FindWritableAsync(id, ct);
        if (prospect is null)
        {
            return NotFound();
        }
        model.Id = id;
        // The contacts are edited on their own forms; the first-contact fields only serve on creation.
        model.ContactLastName = model.ContactFirstName = model.ContactEmail = model.ContactPhone = model.ContactJobTitle = null;
        var result = validator.Validate(model);
        AddErrors(result.Errors);
        if (ModelState.IsValid && !model.ConfirmDuplicate)
        {
            model.Duplicates = await prospects.FindDuplicatesAsync(prospect.WorkspaceId, result.Value, id, ct);
        }
        if (!ModelState.IsValid || model.Duplicates.Count > 0)
        {
            return View(model);
        }
        result.Value.Contact = null;
        await prospects.UpdateAsync(prospect, result.Value, Author, ct);
        TempData["Message"] = "La fiche est enregistrée.";
        return Redirect($"/prospects/{id}");
    }

    [HttpPost("{id:int}/statut")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> SetStatus(int id, ProspectStatus statut, Potential potentiel, CancellationToken ct)
    {
        var prospect = await prospects.FindWritableAsync(id, ct);
        if (prospect is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            TempData["Error"] = "Choisissez un statut et un potentiel dans les listes.";
            return Redirect($"/prospects/{id}");
        }
        await prospects.SetStatusAsync(prospect, statut, potentiel, Author, ct);
        TempData["Message"] = "Statut et potentiel enregistrés.";
        return Redirect($"/prospects/{id}");
    }

    [HttpPost("{id:int}/notes")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> AddNote(int id, string? texte, CancellationToken ct)
    {
        var prospect = await prospects.FindWritableAsync(id, ct);
        if (prospect is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(texte) || texte.Length > 4000)
        {
            TempData["Error"] = "La note est vide ou dépasse 4 000 caractères.";
            TempData["NoteDraft"] = texte?.Length > 4000 ? texte[..4000] : texte;
            return Redirect($"/prospects/{id}#historique");
        }
        await prospects.AddNoteAsync(prospect, texte, Author, ct);
        return Redirect($"/prospects/{id}#historique");
    }

    [HttpPost("{id:int}/opposition")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> SetOpposition(int id, bool email, bool telephone, bool courrier, CancellationToken ct)
    {
        var prospect = await prospects.FindWritableAsync(id, ct);
        if (prospect is null)
        {
            return NotFound();
        }
        await prospects.SetOppositionAsync(prospect, email, telephone, courrier, Author, ct);
        TempData["Message"] = "Le droit d'opposition est enregistré ; les canaux bloqués ne seront plus proposés.";
        return Redirect($"/prospects/{id}");
    }

    [HttpGet("{id:int}/donnees")]
    public async Task<IActionResult> PersonalData(int id, CancellationToken ct)
    {
        if (await prospects.DetailsAsync(id, ct) is null)
        {
            return NotFound();
        }
        return File(await prospects.PersonalDataAsync(id, ct), "application/json", $"donnees-personnelles-{id}.json");
    }

    [HttpPost("{id:int}/anonymiser")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> Anonymise(int id, CancellationToken ct)
    {
        var prospect = await prospects.FindWritableAsync(id, ct);
        if (prospect is null)
        {
            return NotFound();
        }
        await prospects.AnonymiseAsync(prospect, Author, ct);
        TempData["Message"] = "Les données personnelles sont effacées ; la fiche reste dans les chiffres.";
        return Redirect($"/prospects/{id}");
    }

    [HttpGet("{id:int}/contacts/nouveau")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> AddContact(int id, CancellationToken ct)
    {
        var prospect = await prospects.FindWritableAsync(id, ct);
        return prospect is null ? NotFound() : View("Contact", new ContactEditViewModel { ProspectId = id, ProspectName = prospect.Name });
    }

    [HttpGet("{id:int}/contacts/{contactId:int}/modifier")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> EditContact(int id, int contactId, CancellationToken ct)
    {
        var prospect = await prospects.FindWritableAsync(id, ct);
        var c = prospect?.Contacts.FirstOrDefault(x => x.Id == contactId);
        if (prospect is null || c is null)
        {
            return NotFound();
        }
        return View("Contact", new ContactEditViewModel
        {
            ProspectId = id,
            ProspectName = prospect.Name,
            Id = c.Id,
            Civility = c.Civility.ToString(),
            LastName = c.LastName,
            FirstName = c.FirstName,
            JobTitle = c.JobTitle,
            Role = c.Role.ToString(),
            Phone = c.Phone,
            Email = c.Email,
        });
    }

    [HttpPost("{id:int}/contacts/nouveau")]
    [HttpPost("{id:int}/contacts/{contactId:int}/modifier")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> SaveContact(int id, int? contactId, ContactEditViewModel model, CancellationToken ct)
    {
        var prospect = await prospects.FindWritableAsync(id, ct);
        var existing = contactId is { } cid ? prospect?.Contacts.FirstOrDefault(x => x.Id == cid) : null;
        if (prospect is null || (contactId is not null && existing is null))
        {
            return NotFound();
        }
        model.ProspectId = id;
        model.ProspectName = prospect.Name;
        model.Id = contactId;
        var (contact, errors) = prospects.ValidateContact(model);
        AddErrors(errors);
        if (!ModelState.IsValid || contact is null)
        {
            return View("Contact", model);
        }
        await prospects.SaveContactAsync(prospect, existing, contact, ct);
        TempData["Message"] = "L'interlocuteur est enregistré.";
        return Redirect($"/prospects/{id}");
    }

    [HttpPost("{id:int}/contacts/{contactId:int}/supprimer")]
    [Authorize(Roles = Roles.Student)]
    public async Task<IActionResult> DeleteContact(int id, int contactId, CancellationToken ct)
    {
        var prospect = await prospects.FindWritableAsync(id, ct);
        var contact = prospect?.Contacts.FirstOrDefault(x => x.Id == contactId);
        if (prospect is null || contact is null)
        {
            return NotFound();
        }
        await prospects.DeleteContactAsync(prospect, contact, ct);
        TempData["Message"] = "L'interlocuteur est supprimé.";
        return Redirect($"/prospects/{id}");
    }

    private void AddErrors(IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
    }
}
