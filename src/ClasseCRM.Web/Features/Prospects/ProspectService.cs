using System.Text.Json;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// The prospect file of a workspace: list (search, filters, sort, paging — in SQL), one prospect with its contacts and
/// timeline, create and edit with duplicate warnings, quick status, notes, and the RGPD actions (objection, personal
/// data export, anonymisation). The query filter keeps every other workspace out. The list and its search are in
/// ProspectService.List.cs.
/// </summary>
public sealed partial class ProspectService(AppDbContext db, WorkspaceContext workspace, SeedCatalog seeds, ProspectValidator validator, TimeProvider clock, IMemoryCache cache, ProspectFileVersions versions)
{
    public const int PageSize = 25;

    private static readonly JsonSerializerOptions PersonalDataJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<ProspectDetailsViewModel?> DetailsAsync(int id, CancellationToken ct)
    {
        var prospect = await db.Prospects.AsNoTracking()
            .Include(p => p.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id))
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (prospect is null)
        {
            return null;
        }
        var timeline = await db.ProspectNotes.AsNoTracking()
            .Where(n => n.ProspectId == id)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Take(200)
            .ToListAsync(ct);
        var due = !prospect.IsAnonymised && (prospect.LastContactAtUtc ?? prospect.CreatedAtUtc) < Prospect.RetentionLimit(clock.GetUtcNow().UtcDateTime);
        var orders = await db.Orders.AsNoTracking().Where(o => o.ProspectId == id).OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id).ToListAsync(ct);
        return new ProspectDetailsViewModel(prospect, seeds.Naf.Find(prospect.NafCode)?.Label, workspace.CanWrite(prospect.WorkspaceId), due, timeline, orders);
    }

    /// <summary>A tracked prospect the user may change; null otherwise (404).</summary>
    public async Task<Prospect?> FindWritableAsync(int id, CancellationToken ct)
    {
        var prospect = await db.Prospects.Include(p => p.Contacts).FirstOrDefaultAsync(p => p.Id == id, ct);
        return prospect is not null && workspace.CanWrite(prospect.WorkspaceId) ? prospect : null;
    }

    public static ProspectEditViewModel ToForm(Prospect p) => new()
    {
        Id = p.Id,
        Kind = p.Kind.ToString(),
        Name = p.Name,
        Siret = p.Siret,
        NafCode = p.NafCode,
        Employees = p.Employees?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Street = p.Street,
        PostalCode = p.PostalCode,
        City = p.City,
        Phone = p.Phone,
        Email = p.Email,
        Website = p.Website,
        CurrentSupplier = p.CurrentSupplier,
        Status = p.Status.ToString(),
        Potential = p.Potential.ToString(),
        Source = p.Source,
        Notes = p.Notes,
        NextAction = p.NextAction,
        EmailConsent = p.EmailConsent,
        PhoneConsent = p.PhoneConsent,
        EmailOpposition = p.EmailOpposition,
        PhoneOpposition = p.PhoneOpposition,
        MailOpposition = p.MailOpposition,
    };

    /// <summary>Existing prospects that look like this one: same SIRET, same e-mail or phone (of the prospect or a contact), same name and postal code.</summary>
    public async Task<List<DuplicateMatch>> FindDuplicatesAsync(int workspaceId, ValidatedProspect v, int? excludeId, CancellationToken ct)
    {
        var nameKey = TextFolding.Fold(v.Name);
        var emails = new[] { v.Email, v.Contact?.Email }.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim().ToLowerInvariant()).Distinct().ToList();
        var phones = new[] { v.Phone, v.Contact?.Phone }.Select(FrenchPhone.Key).Where(k => k is not null).Select(k => k!).Distinct().ToList();
        var candidates = await db.Prospects.AsNoTracking()
            .Where(p => p.WorkspaceId == workspaceId && p.Id != (excludeId ?? 0) && !p.IsAnonymised)
            .Where(p => (v.Siret != null && p.Siret == v.Siret)
                || (p.EmailKey != null && emails.Contains(p.EmailKey))
                || (p.PhoneKey != null && phones.Contains(p.PhoneKey))
                || p.Contacts.Any(c => (c.EmailKey != null && emails.Contains(c.EmailKey)) || (c.PhoneKey != null && phones.Contains(c.PhoneKey)))
                || (p.NameKey == nameKey && p.PostalCode == v.PostalCode))
            .Select(p => new { p.Id, p.Name, p.Siret, p.EmailKey, p.PhoneKey, p.NameKey, p.PostalCode })
            .Take(10)
            .ToListAsync(ct);
        return candidates.Select(c => new DuplicateMatch(c.Id, c.Name,
            v.Siret != null && c.Siret == v.Siret ? "même SIRET"
            : c.NameKey == nameKey && c.PostalCode == v.PostalCode ? "même nom et même code postal"
            : c.EmailKey != null && emails.Contains(c.EmailKey) ? "même adresse e-mail"
            : c.PhoneKey != null && phones.Contains(c.PhoneKey) ? "même téléphone"
            : "même e-mail ou téléphone d'interlocuteur")).ToList();
    }

    /// <summary>Creates a prospect (and its first contact) with a "created" line on its timeline.</summary>
    public async Task<int> CreateAsync(int workspaceId, ValidatedProspect v, string author, CancellationToken ct)
    {
        var prospect = new Prospect { WorkspaceId = workspaceId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        v.ApplyTo(prospect);
        if (v.Contact is not null)
        {
            prospect.Contacts.Add(v.Contact.ToContact(workspaceId));
        }
        prospect.RefreshSearchFields();
        // The fiche and its « créée » event in one transaction: never a fiche without its history.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Prospects.Add(prospect);
        await db.SaveChangesAsync(ct);
        await AddEventAsync(prospect, TimelineKind.Created, "Fiche créée.", author, ct);
        await transaction.CommitAsync(ct);
        return prospect.Id;
    }

    public async Task UpdateAsync(Prospect prospect, ValidatedProspect v, string author, CancellationToken ct)
    {
        var oldStatus = prospect.Status;
        v.ApplyTo(prospect);
        prospect.RefreshSearchFields();
        if (oldStatus != prospect.Status)
        {
            AddEvent(prospect, TimelineKind.StatusChanged, $"Statut : {Labels.Of(oldStatus)} → {Labels.Of(prospect.Status)}.", author);
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task SetStatusAsync(Prospect prospect, ProspectStatus status, Potential potential, string author, CancellationToken ct)
    {
        var changes = new List<string>();
        if (prospect.Status != status)
        {
            changes.Add($"Statut : {Labels.Of(prospect.Status)} → {Labels.Of(status)}");
            prospect.Status = status;
        }
        if (prospect.Potential != potential)
        {
            changes.Add($"Potentiel : {prospect.Potential} → {potential}");
            prospect.Potential = potential;
        }
        if (changes.Count > 0)
        {
            AddEvent(prospect, TimelineKind.StatusChanged, string.Join(" ; ", changes) + ".", author);
            await db.SaveChangesAsync(ct);
        }
    }

    public Task AddNoteAsync(Prospect prospect, string text, string author, CancellationToken ct) =>
        AddEventAsync(prospect, TimelineKind.Note, text.Trim(), author, ct);

    /// <summary>Records the person's objection (droit d'opposition) per channel; later features refuse a blocked channel.</summary>
    public async Task SetOppositionAsync(Prospect prospect, bool email, bool phone, bool mail, string author, CancellationToken ct)
    {
        prospect.EmailOpposition = email;
        prospect.PhoneOpposition = phone;
        prospect.MailOpposition = mail;
        var channels = new[] { (email, "e-mail"), (phone, "téléphone"), (mail, "courrier") }.Where(x => x.Item1).Select(x => x.Item2).ToList();
        AddEvent(prospect, TimelineKind.Objection, channels.Count == 0
            ? "Opposition levée : tous les canaux sont de nouveau autorisés."
            : $"Opposition enregistrée : {string.Join(", ", channels)}.", author);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Everything the file holds about this person (droit d'accès), as JSON.</summary>
    public async Task<byte[]> PersonalDataAsync(int id, CancellationToken ct)
    {
        var p = await db.Prospects.AsNoTracking().Include(x => x.Contacts).FirstAsync(x => x.Id == id, ct);
        var notes = await db.ProspectNotes.AsNoTracking().Where(n => n.ProspectId == id).OrderBy(n => n.CreatedAtUtc).ToListAsync(ct);
        var data = new
        {
            exporteLe = clock.GetUtcNow().UtcDateTime,
            type = Labels.Of(p.Kind),
            nom = p.Name,
            siret = p.Siret,
            codeNaf = p.NafCode,
            adresse = new { rue = p.Street, codePostal = p.PostalCode, ville = p.City },
            telephone = p.Phone,
            email = p.Email,
            siteWeb = p.Website,
            statut = Labels.Of(p.Status),
            potentiel = p.Potential.ToString(),
            source = p.Source,
            notes = p.Notes,
            consentement = new { email = p.EmailConsent, telephone = p.PhoneConsent },
            opposition = new { email = p.EmailOpposition, telephone = p.PhoneOpposition, courrier = p.MailOpposition },
            creeLe = p.CreatedAtUtc,
            dernierContact = p.LastContactAtUtc,
            interlocuteurs = p.Contacts.Select(c => new { civilite = Labels.Of(c.Civility), c.LastName, c.FirstName, fonction = c.Title, role = Labels.Of(c.Role), telephone = c.Phone, email = c.Email }),
            historique = notes.Select(n => new { date = n.CreatedAtUtc, texte = n.Text, auteur = n.AuthorName }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(data, PersonalDataJson);
    }

    /// <summary>
    /// Erases the personal data (droit à l'effacement) but keeps the row — status, potential, dates, département — so
    /// that the operation's figures stay true.
    /// </summary>
    public async Task AnonymiseAsync(Prospect prospect, string author, CancellationToken ct)
    {
        prospect.Name = $"Fiche anonymisée n° {prospect.Id}";
        prospect.Siret = null;
        prospect.Street = "";
        prospect.Phone = null;
        prospect.Email = null;
        prospect.Website = null;
        prospect.Notes = null;
        prospect.NextAction = null;
        prospect.CurrentSupplier = null;
        prospect.IsAnonymised = true;
        foreach (var c in prospect.Contacts)
        {
            c.LastName = "Anonyme";
            c.FirstName = "";
            c.Phone = null;
            c.Email = null;
        }
        await db.ProspectNotes.Where(n => n.ProspectId == prospect.Id).ExecuteDeleteAsync(ct);
        prospect.RefreshSearchFields();
        AddEvent(prospect, TimelineKind.Anonymised, "Données personnelles effacées à la demande de la personne (RGPD).", author);
        await db.SaveChangesAsync(ct);
    }

    public async Task SaveContactAsync(Prospect prospect, Contact? existing, ValidatedContact v, CancellationToken ct)
    {
        var contact = existing ?? new Contact { WorkspaceId = prospect.WorkspaceId };
        contact.Civility = v.Civility;
        contact.LastName = v.LastName;
        contact.FirstName = v.FirstName;
        contact.JobTitle = v.JobTitle;
        contact.Role = v.Role;
        contact.Phone = v.Phone;
        contact.Email = v.Email;
        if (existing is null)
        {
            prospect.Contacts.Add(contact);
        }
        prospect.RefreshSearchFields();
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteContactAsync(Prospect prospect, Contact contact, CancellationToken ct)
    {
        prospect.Contacts.Remove(contact);
        db.Contacts.Remove(contact);
        prospect.RefreshSearchFields();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Validates a contact form with the same rules as the prospect's first contact.</summary>
    public (ValidatedContact? Contact, List<FieldError> Errors) ValidateContact(ContactEditViewModel m)
    {
        var result = validator.Validate(new ProspectInput
        {
            Name = "x",
            PostalCode = "75001",
            City = "x",
            ContactCivility = m.Civility,
            ContactLastName = m.LastName ?? "",
            ContactFirstName = m.FirstName,
            ContactJobTitle = m.JobTitle,
            ContactRole = m.Role,
            ContactPhone = m.Phone,
            ContactEmail = m.Email,
        });
        var errors = result.Errors.Select(e => e with { Field = e.Field.Replace("Contact", "", StringComparison.Ordinal) }).ToList();
        if (string.IsNullOrWhiteSpace(m.LastName) && errors.All(e => e.Field != "LastName"))
        {
            errors.Add(new FieldError("LastName", "Le nom de l'interlocuteur est obligatoire."));
        }
        return (result.Value.Contact, errors);
    }

    private void AddEvent(Prospect prospect, TimelineKind kind, string text, string author) =>
        db.ProspectNotes.Add(ProspectNote.Event(prospect.WorkspaceId, prospect.Id, text, author, clock.GetUtcNow().UtcDateTime, kind));

    private async Task AddEventAsync(Prospect prospect, TimelineKind kind, string text, string author, CancellationToken ct)
    {
        AddEvent(prospect, kind, text, author);
        await db.SaveChangesAsync(ct);
    }
}
