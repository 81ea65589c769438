using System.Text.Json;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Data.Seeding;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// The prospect file of a workspace: list (search, filters, sort, paging — in SQL), one prospect with its contacts and
/// timeline, create and edit with duplicate warnings, quick status, notes, and the RGPD actions (objection, personal
/// data export, anonymisation). The query filter keeps every other workspace out.
/// </summary>
public sealed class ProspectService(AppDbContext db, WorkspaceContext workspace, SeedCatalog seeds, ProspectValidator validator, TimeProvider clock, IMemoryCache cache, ProspectFileVersions versions)
{
    public const int PageSize = 25;

    private static readonly JsonSerializerOptions PersonalDataJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Counting stops here: past it the list says "plus de 1 000" (a count over a huge file would cost more than the page).</summary>
    public const int CountCap = 1000;

    /// <summary>A search counts its matches up to here: each counted match is a row read, and a wider search is refined, not counted.</summary>
    public const int SearchCountCap = 200;

    /// <summary>Up to this many fiches, a search walks the workspace's fiches rather than looking each match up.</summary>
    private const int SmallFile = 5000;

    public Task<string> WorkspaceNameAsync(int workspaceId, CancellationToken ct) => WorkspaceName(db, workspaceId, ct);

    // Queries of fixed shape that every list page runs, compiled once (building their expression trees and looking up
    // their cached SQL cost more than SQLite's work on them).
    private static readonly Func<AppDbContext, int, CancellationToken, Task<string>> WorkspaceName =
        EF.CompileAsyncQuery((AppDbContext db, int workspaceId, CancellationToken ct) =>
            db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Name).First());

    private static readonly Func<AppDbContext, List<int>, IAsyncEnumerable<ProspectListItem>> ListRows =
        EF.CompileAsyncQuery((AppDbContext db, List<int> ids) =>
            db.Prospects.AsNoTracking()
                .Where(p => ids.Contains(p.Id))
                .Select(p => new ProspectListItem(
                    p.Id, p.Name, p.Kind, p.PostalCode, p.City, p.Status, p.Potential, p.Phone,
                    p.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id).Select(c => c.FirstName + " " + c.LastName).FirstOrDefault(),
                    p.LastContactAtUtc, p.CreatedAtUtc, p.EmailOpposition || p.PhoneOpposition || p.MailOpposition, p.IsAnonymised)));

    /// <summary>The prospects of a workspace matching the query's search and filters, in the query's order.</summary>
    public IQueryable<Prospect> Filter(int workspaceId, ProspectQuery q) => Sort(Where(workspaceId, q), q);

    /// <summary>How the full-text matches of a search are combined with the workspace's fiches.</summary>
    private enum SearchPlan
    {
        /// <summary>Look each match up by id (few matches).</summary>
        LookUp,

        /// <summary>
        /// Walk the workspace's fiches in the page's order and keep those the index matched: cheaper for a class-sized
        /// file, and for many matches in name order (the walk follows the name index and stops at the page's 25 instead
        /// of sorting them all).
        /// </summary>
        Walk,

        /// <summary>Filters only: the caller joins the matches (see <see cref="CountAsync"/>).</summary>
        None,
    }

    /// <summary>The ids the full-text index matches for the query's search, or null when it has no search.</summary>
    private IQueryable<int>? SearchMatches(ProspectQuery q, out string needle)
    {
        needle = TextFolding.Fold(q.Q);
        if (needle.Length == 0)
        {
            return null;
        }
        // A phone typed with spaces or dots ("02 99 …") is searched by its digits, which the search text holds.
        var digits = TextFolding.Digits(q.Q);
        if (digits.Length >= 4 && digits.Length >= needle.Count(char.IsLetterOrDigit) - 1)
        {
            needle = digits;
        }
        return Infrastructure.Data.ProspectSearchIndex.MatchingIds(db, needle);
    }

    /// <summary>The search and filters alone: counted without an order, so SQLite can count from the best index.</summary>
    private IQueryable<Prospect> Where(int workspaceId, ProspectQuery q, SearchPlan plan = SearchPlan.LookUp)
    {
        var query = db.Prospects.AsNoTracking().Where(p => p.WorkspaceId == workspaceId);
        if (plan != SearchPlan.None && !string.IsNullOrWhiteSpace(q.Q))
        {
            var matching = SearchMatches(q, out var needle);
            query = (matching, plan) switch
            {
                (null, _) => query.Where(p => p.SearchText.Contains(needle)),
                // "Id + 0" keeps SQLite from looking the matches up by id (then sorting them all): it walks the
                // (WorkspaceId, NameKey) index in order and tests each fiche against the matches.
                (_, SearchPlan.Walk) => query.Where(p => matching.Contains(p.Id + 0)),
                _ => query.Where(p => matching.Contains(p.Id)),
            };
        }
        if (q.Statut is { } status)
        {
            query = query.Where(p => p.Status == status);
        }
        if (q.Potentiel is { } potential)
        {
            query = query.Where(p => p.Potential == potential);
        }
        if (q.Type is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(q.Section))
        {
            var section = q.Section.Trim().ToUpperInvariant();
            query = query.Where(p => p.NafSection == section);
        }
        if (!string.IsNullOrWhiteSpace(q.Dept))
        {
            var dept = q.Dept.Trim().ToUpperInvariant();
            query = query.Where(p => p.Department == dept);
        }
        if (!string.IsNullOrWhiteSpace(q.Ville))
        {
            var place = q.Ville.Trim();
            query = place.All(char.IsAsciiDigit)
                ? query.Where(p => p.PostalCode.StartsWith(place))
                : query.Where(p => EF.Functions.Like(p.City, place));
        }
        if (q.EffectifMin is { } min)
        {
            query = query.Where(p => p.Employees >= min);
        }
        if (q.EffectifMax is { } max)
        {
            query = query.Where(p => p.Employees <= max);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (q.SansContact is > 0 and <= 36500)
        {
            var limit = now.AddDays(-q.SansContact.Value);
            query = query.Where(p => p.LastContactAtUtc == null || p.LastContactAtUtc < limit);
        }
        if (q.Opposition)
        {
            query = query.Where(p => p.EmailOpposition || p.PhoneOpposition || p.MailOpposition);
        }
        if (q.Rgpd)
        {
            var limit = Prospect.RetentionLimit(now);
            query = query.Where(p => !p.IsAnonymised && (p.LastContactAtUtc ?? p.CreatedAtUtc) < limit);
        }
        return query;
    }

    private static IQueryable<Prospect> Sort(IQueryable<Prospect> query, ProspectQuery q) =>
        q.Tri switch
        {
            "ville" => q.Desc ? query.OrderByDescending(p => p.City).ThenByDescending(p => p.Id) : query.OrderBy(p => p.City).ThenBy(p => p.Id),
            "statut" => q.Desc ? query.OrderByDescending(p => p.Status).ThenByDescending(p => p.Id) : query.OrderBy(p => p.Status).ThenBy(p => p.Id),
            "potentiel" => q.Desc ? query.OrderByDescending(p => p.Potential).ThenByDescending(p => p.Id) : query.OrderBy(p => p.Potential).ThenBy(p => p.Id),
            "contact" => q.Desc ? query.OrderByDescending(p => p.LastContactAtUtc).ThenByDescending(p => p.Id) : query.OrderBy(p => p.LastContactAtUtc).ThenBy(p => p.Id),
            "creation" => q.Desc ? query.OrderByDescending(p => p.Id) : query.OrderBy(p => p.Id),
            // Names in French order: by the folded name (accents, case and ligatures ignored), which the list's index holds.
            _ => q.Desc ? query.OrderByDescending(p => p.NameKey).ThenByDescending(p => p.Id) : query.OrderBy(p => p.NameKey).ThenBy(p => p.Id),
        };

    /// <summary>
    /// Whether the workspace holds at most <see cref="SmallFile"/> fiches, remembered for two minutes: it only picks
    /// how a search is run (the results are the same either way), and files grow slowly.
    /// </summary>
    private async Task<bool> IsSmallFileAsync(int workspaceId, CancellationToken ct)
    {
        var key = $"prospects:small-file:{workspaceId}";
        if (cache.TryGetValue(key, out bool small))
        {
            return small;
        }
        small = await db.Prospects.Where(p => p.WorkspaceId == workspaceId).Take(SmallFile + 1).CountAsync(ct) <= SmallFile;
        cache.Set(key, small, TimeSpan.FromMinutes(2));
        return small;
    }

    /// <summary>
    /// How many fiches match, up to <paramref name="cap"/> + 1. A search reads the full-text matches one by one and
    /// looks each up among the workspace's filtered fiches, stopping at the cap: a common surname in a large file
    /// stops after 201 matches instead of reading all of them into a list first.
    /// </summary>
    private Task<int> CountAsync(int workspaceId, ProspectQuery q, int cap, CancellationToken ct) =>
        SearchMatches(q, out _) is { } matching
            ? matching.Join(Where(workspaceId, q, SearchPlan.None), id => id, p => p.Id, (id, _) => id).Take(cap + 1).CountAsync(ct)
            : Where(workspaceId, q).Take(cap + 1).CountAsync(ct);

    /// <summary>
    /// The first matches of a search in the list's order (all of them when <paramref name="Total"/> is at most the cap),
    /// how many there are (up to the cap + 1), and how they were read.
    /// </summary>
    private sealed record SearchMatchesInOrder(List<int> Ids, int Total, SearchPlan Plan);

    /// <summary>
    /// The first matches of a search in the list's order and their number (up to <see cref="SearchCountCap"/> + 1):
    /// the first pages are slices of them. Remembered a minute under the file's version (<see cref="ProspectFileVersions"/>),
    /// so going back to the results from a fiche, or on to the next page, does not search again, and a saved change is
    /// seen at once.
    /// </summary>
    private async Task<SearchMatchesInOrder> FirstSearchMatchesAsync(int workspaceId, ProspectQuery q, int pageEnd, CancellationToken ct)
    {
        var key = $"prospects:search:{workspaceId}:{versions.Current(workspaceId)}:{q.ToQueryString(page: 1)}";
        if (cache.TryGetValue(key, out SearchMatchesInOrder? known) && known is not null
            && (known.Total <= SearchCountCap || known.Ids.Count >= Math.Min(pageEnd, SearchCountCap + 1)))
        {
            return known;
        }
        SearchMatchesInOrder found;
        if (await IsSmallFileAsync(workspaceId, ct))
        {
            // A class-sized file: its fiches are walked in order and each tested against the full-text matches (the
            // matches of the whole school are many more than its fiches); the first 201 give the count as well.
            var ids = await Sort(Where(workspaceId, q, SearchPlan.Walk), q).Select(p => p.Id).Take(SearchCountCap + 1).ToListAsync(ct);
            found = new SearchMatchesInOrder(ids, ids.Count, SearchPlan.Walk);
        }
        else
        {
            // A large file counts first. Many matches in name order walk the name index up to the page asked for (rather
            // than sort them all); few are looked up, all of them (walking would read the whole file for a rare word).
            var total = await CountAsync(workspaceId, q, SearchCountCap, ct);
            var walk = total > SearchCountCap && q.Tri is not ("ville" or "statut" or "potentiel" or "contact" or "creation");
            var plan = walk ? SearchPlan.Walk : SearchPlan.LookUp;
            var take = total > SearchCountCap ? Math.Min(pageEnd, SearchCountCap + 1) : SearchCountCap + 1;
            var ids = await Sort(Where(workspaceId, q, plan), q).Select(p => p.Id).Take(take).ToListAsync(ct);
            found = new SearchMatchesInOrder(ids, total, plan);
        }
        cache.Set(key, found, TimeSpan.FromMinutes(1));
        return found;
    }

    public async Task<ProspectListViewModel> ListAsync(int workspaceId, ProspectQuery q, CancellationToken ct)
    {
        // Past "more than the cap" the number of pages is unknown: any page number is taken, up to one whose first row
        // is still a number.
        q.Page = Math.Clamp(q.Page, 1, int.MaxValue / PageSize);
        var search = string.IsNullOrWhiteSpace(q.Q) ? null : await FirstSearchMatchesAsync(workspaceId, q, q.Page * PageSize, ct);
        var cap = search is null ? CountCap : SearchCountCap;
        var total = search?.Total ?? await CountAsync(workspaceId, q, cap, ct);
        var pages = Math.Max(1, (Math.Min(total, cap) + PageSize - 1) / PageSize);
        q.Page = Math.Min(q.Page, total > cap ? q.Page : pages);
        // The page's ids first (a narrow sort), then its rows with their main contact: the contact is looked up for
        // 25 rows, not for every row that matched before sorting.
        var skip = (q.Page - 1) * PageSize;
        var ids = search is not null && (search.Total <= SearchCountCap || skip + PageSize <= search.Ids.Count)
            ? search.Ids.Skip(skip).Take(PageSize).ToList()
            : await Sort(Where(workspaceId, q, search?.Plan ?? SearchPlan.LookUp), q).Skip(skip).Take(PageSize).Select(p => p.Id).ToListAsync(ct);
        var rows = await ListRows(db, ids).ToDictionaryAsync(p => p.Id, cancellationToken: ct);
        // A remembered id whose fiche has gone since (a change the file's version did not see) is left out, not an error.
        var items = ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
        return new ProspectListViewModel(
            workspaceId, await WorkspaceNameAsync(workspaceId, ct), workspace.CanWrite(workspaceId), q, items,
            Math.Min(total, cap), total > cap, PageSize, seeds.Naf.Sections);
    }

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
        db.Prospects.Add(prospect);
        await db.SaveChangesAsync(ct);
        await AddEventAsync(prospect, TimelineKind.Created, "Fiche créée.", author, ct);
        return prospect.Id;
    }

    public async Task UpdateAsync(Prospect prospect, ValidatedProspect v, string author, CancellationToken ct)
    {
        var oldStatus = prospect.Status;
        v.ApplyTo(prospect);
        prospect.RefreshSearchFields();
        if (oldStatus != prospect.Status)
        {
            AddEvent(prospect, TimelineKind.StatusChanged, $"Statut : {Labels.Of(oldStatus)} → {Labels.Of(prospect.Status)}.", author);
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task SetStatusAsync(Prospect prospect, ProspectStatus status, Potential potential, string author, CancellationToken ct)
    {
        var changes = new List<string>();
        if (prospect.Status != status)
        {
            changes.Add($"Statut : {Labels.Of(prospect.Status)} → {Labels.Of(status)}");
            prospect.Status = status;
        }
        if (prospect.Potential != potential)
        {
            changes.Add($"Potentiel : {prospect.Potential} → {potential}");
            prospect.Potential = potential;
        }
        if (changes.Count > 0)
        {
            AddEvent(prospect, TimelineKind.StatusChanged, string.Join(" ; ", changes) + ".", author);
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
            ? "Opposition levée : tous les canaux sont de nouveau autorisés."
            : $"Opposition enregistrée : {string.Join(", ", channels)}.", author);
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
            interlocuteurs = p.Contacts.Select(c => new { civilite = Labels.Of(c.Civility), c.LastName, c.FirstName, fonction = c.JobTitle, role = Labels.Of(c.Role), telephone = c.Phone, email = c.Email }),
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
