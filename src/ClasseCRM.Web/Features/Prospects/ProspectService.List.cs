using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// The prospect list of a workspace: search (full-text, tolerant), filters, sort and paging, all in SQL, with counts
/// capped so a 100 000-fiche file answers as fast as a 40-fiche one.
/// </summary>
public sealed partial class ProspectService
{
    /// <summary>Counting stops here: past it the list says "plus de 1 000" (a count over a huge file would cost more than the page).</summary>
    public const int CountCap = 1000;

    /// <summary>A search counts its matches up to here: each counted match is a row read, and a wider search is refined, not counted.</summary>
    public const int SearchCountCap = 200;

    /// <summary>Up to this many fiches, a search walks the workspace's fiches rather than looking each match up.</summary>
    private const int SmallFile = 5000;

    /// <summary>The workspace's name: a student's current one is in the access scope already; another is read.</summary>
    public Task<string> WorkspaceNameAsync(int workspaceId, CancellationToken ct) =>
        workspace.KnownName(workspaceId) is { } name ? Task.FromResult(name) : WorkspaceName(db, workspaceId, ct);

    // Queries of fixed shape that every list page runs, compiled once (building their expression trees and looking up
    // their cached SQL cost more than SQLite's work on them).
    private static readonly Func<AppDbContext, int, CancellationToken, Task<string>> WorkspaceName =
        EF.CompileAsyncQuery((AppDbContext db, int workspaceId, CancellationToken ct) =>
            db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Name).First());

    private static readonly CompiledRows<List<int>, ProspectListItem> ListRows =
        new((db, ids) =>
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
        // A phone typed with spaces or dots ("02 99 …") is searched by its digits, which the search text holds.
        needle = Domain.Search.SearchTerms.Needle(q.Q);
        if (needle.Length == 0)
        {
            return null;
        }
        return Infrastructure.Data.ProspectSearchIndex.MatchingIds(db, needle);
    }

    /// <summary>
    /// The search and filters alone: counted without an order, so SQLite can count from the best index. With
    /// <paramref name="walkOrder"/>, the equality filters are written so that no index serves them ("+ 0", "|| ''": the
    /// same rows): SQLite then walks the index of the list's order and tests them on the way, which is what a filter
    /// keeping many fiches needs — its planner otherwise takes a common value (a département of 24 000 fiches) for an
    /// average one and sorts all its fiches for one page.
    /// </summary>
    private IQueryable<Prospect> Where(int workspaceId, ProspectQuery q, SearchPlan plan = SearchPlan.LookUp, bool walkOrder = false)
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
            query = walkOrder ? query.Where(p => (int)p.Status + 0 == (int)status) : query.Where(p => p.Status == status);
        }
        if (q.Potentiel is { } potential)
        {
            query = walkOrder ? query.Where(p => (int)p.Potential + 0 == (int)potential) : query.Where(p => p.Potential == potential);
        }
        if (q.Type is { } kind)
        {
            query = walkOrder ? query.Where(p => (int)p.Kind + 0 == (int)kind) : query.Where(p => p.Kind == kind);
        }
        // A section (« M ») or a sous-classe (« 69.20Z », typed « 6920Z » or « 69.20z » too): an equality on the stored
        // column, served by its (WorkspaceId, NafSection) or (WorkspaceId, NafCode) index. A malformed criterion selects
        // no fiche, as an unknown code does: a student who mistyped must not read the whole file as the target (the list
        // says why: see DescribeNaf).
        var naf = NafFilter.Parse(q.Section);
        if (naf.Kind == NafFilterKind.Invalid)
        {
            query = query.Where(p => false);
        }
        if (naf.Kind == NafFilterKind.Section)
        {
            var section = naf.Code;
            // In name order the (WorkspaceId, NafSection, NameKey, Id) index serves both the section and the order.
            query = walkOrder && !SortsByName(q) ? query.Where(p => p.NafSection + "" == section) : query.Where(p => p.NafSection == section);
        }
        else if (naf.Kind == NafFilterKind.SubClass)
        {
            var code = naf.Code;
            query = walkOrder ? query.Where(p => p.NafCode + "" == code) : query.Where(p => p.NafCode == code);
        }
        if (!string.IsNullOrWhiteSpace(q.Dept))
        {
            var dept = q.Dept.Trim().ToUpperInvariant();
            query = walkOrder ? query.Where(p => p.Department + "" == dept) : query.Where(p => p.Department == dept);
        }
        if (!string.IsNullOrWhiteSpace(q.Ville))
        {
            var place = q.Ville.Trim();
            if (place.All(char.IsAsciiDigit))
            {
                query = query.Where(p => p.PostalCode.StartsWith(place));
            }
            else if (!place.Contains('%') && !place.Contains('_'))
            {
                // The folded town (accents and capitals ignored, as the search does) read from the (WorkspaceId, CityKey,
                // NameKey, Id) index in name order. In another order, a town of many fiches is tested along that order's
                // index, as the other filters.
                var key = Prospect.CityKeyOf(place);
                query = walkOrder && !SortsByName(q) ? query.Where(p => p.CityKey + "" == key) : query.Where(p => p.CityKey == key);
            }
            else
            {
                // A pattern (« Saint-% ») on the folded town as well: its « % » and « _ » are kept by the folding.
                query = query.WhereLikeIgnoringCase(db.Database, p => p.CityKey, TextFolding.Fold(place));
            }
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

    /// <summary>
    /// The fiches of a page's query in the list's order. In a large file, when the count says the filters keep at most
    /// <see cref="CountCap"/> fiches, those are read first (through whichever index serves the filters best) and then
    /// sorted: the index of the list's order would otherwise be walked until it met a page of them — the whole file for a
    /// département, a town or a sector with few or no fiches (15–22 ms). The bound holds them all, so the order and the
    /// pages are the same. When the filters keep more than that, the order's index is walked (see <see cref="Where"/>):
    /// at least one fiche in a hundred matches, so a page is met quickly.
    /// </summary>
    private IQueryable<Prospect> PageQuery(int workspaceId, ProspectQuery q, SearchPlan? plan, bool fewMatches, bool largeFile)
    {
        if (plan is not null)
        {
            return Sort(Where(workspaceId, q, plan.Value), q);
        }
        return fewMatches
            ? Sort(largeFile ? Where(workspaceId, q).Take(CountCap + 1) : Where(workspaceId, q), q)
            : Sort(Where(workspaceId, q, walkOrder: true), q);
    }

    /// <summary>Whether the list is in name order (the default), which the indexes led by (WorkspaceId, NameKey) give.</summary>
    private static bool SortsByName(ProspectQuery q) => q.Tri is not ("ville" or "statut" or "potentiel" or "contact" or "creation");

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
    /// how a search or a filtered page is run (the results are the same either way), and files grow slowly.
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

    /// <summary>How many fiches match the filters (a list without search), up to <paramref name="cap"/> + 1.</summary>
    private Task<int> CountAsync(int workspaceId, ProspectQuery q, int cap, CancellationToken ct) =>
        Where(workspaceId, q).Take(cap + 1).CountAsync(ct);

    /// <summary>
    /// The ids a search matches among the workspace's filtered fiches, in no order, up to <paramref name="cap"/> + 1: the
    /// full-text matches are read one by one and each looked up, stopping past the cap (a common surname in a large
    /// file stops after 201 matches instead of reading all of them into a list first).
    /// </summary>
    private Task<List<int>> SearchMatchIdsAsync(int workspaceId, ProspectQuery q, int cap, CancellationToken ct) =>
        (SearchMatches(q, out _) is { } matching
            ? matching.Join(Where(workspaceId, q, SearchPlan.None), id => id, p => p.Id, (id, _) => id)
            : Where(workspaceId, q).Select(p => p.Id)).Take(cap + 1).ToListAsync(ct);

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
        if (versions.Remembers && cache.TryGetValue(key, out SearchMatchesInOrder? known) && known is not null
            && (known.Total <= SearchCountCap || known.Ids.Count >= Math.Min(pageEnd, SearchCountCap + 1)))
        {
            return known;
        }
        SearchMatchesInOrder found;
        // The search box alone takes the same statements compiled (ProspectService.PlainSearch).
        var plain = PlainSearchMatch(q);
        if (await IsSmallFileAsync(workspaceId, ct))
        {
            // A class-sized file: its fiches are walked in order and each tested against the full-text matches (the
            // matches of the whole school are many more than its fiches); the first 201 give the count as well.
            var ids = plain is not null
                ? PlainWalkOf(workspaceId, plain, SearchCountCap + 1, ct)
                : await Sort(Where(workspaceId, q, SearchPlan.Walk), q).Select(p => p.Id).Take(SearchCountCap + 1).ToListAsync(ct);
            found = new SearchMatchesInOrder(ids, ids.Count, SearchPlan.Walk);
        }
        else
        {
            // A large file reads the matches first, up to the cap. Few are then put in the list's order by id, without
            // asking the full-text index again. Many, in name order, walk the name index up to the page asked for
            // (rather than sort them all); in another order they are looked up, all of them.
            var matches = plain is not null
                ? PlainMatchIdsOf(workspaceId, plain, SearchCountCap + 1, ct)
                : await SearchMatchIdsAsync(workspaceId, q, SearchCountCap, ct);
            var total = matches.Count;
            if (total == 0)
            {
                found = new SearchMatchesInOrder([], 0, SearchPlan.LookUp);
            }
            else if (total <= SearchCountCap)
            {
                var ids = plain is not null
                    ? SynchronousReads.Read(InNameOrder(db, workspaceId, matches), ct)
                    : await Sort(db.Prospects.AsNoTracking().Where(p => p.WorkspaceId == workspaceId && matches.Contains(p.Id)), q)
                        .Select(p => p.Id).ToListAsync(ct);
                found = new SearchMatchesInOrder(ids, total, SearchPlan.LookUp);
            }
            else
            {
                var walk = SortsByName(q);
                var plan = walk ? SearchPlan.Walk : SearchPlan.LookUp;
                var take = Math.Min(pageEnd, SearchCountCap + 1);
                var ids = plain is not null
                    ? PlainWalkOf(workspaceId, plain, take, ct)
                    : await Sort(Where(workspaceId, q, plan), q).Select(p => p.Id).Take(take).ToListAsync(ct);
                found = new SearchMatchesInOrder(ids, total, plan);
            }
        }
        if (versions.Remembers)
        {
            cache.Set(key, found, TimeSpan.FromMinutes(1));
        }
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
            : IsAnchored(q, total > cap, skip) ? await AnchoredPageIdsAsync(workspaceId, q, skip, ct)
            : await PageQuery(workspaceId, q, search?.Plan, total <= cap, search is null && total <= cap && !await IsSmallFileAsync(workspaceId, ct))
                .Skip(skip).Take(PageSize).Select(p => p.Id).ToListAsync(ct);
        var (rows, matches) = search is null
            ? ((await ListRows.ListAsync(db, ids, ct)).ToDictionary(p => p.Id), new Dictionary<int, List<string>>())
            : await SearchPageAsync(ids, q.Q, ct);
        // A remembered id whose fiche has gone since (a change the file's version did not see) is left out, not an error.
        var items = ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
        return new ProspectListViewModel(
            workspaceId, await WorkspaceNameAsync(workspaceId, ct), workspace.CanWrite(workspaceId), q, items,
            Math.Min(total, cap), total > cap, PageSize, seeds.Naf.Sections)
        {
            Naf = DescribeNaf(q.Section),
            Matches = matches,
            Suggestions = search is not null && total == 0 ? await RememberedSuggestionsAsync(workspaceId, q, ct) : [],
        };
    }

    /// <summary>What the NAF criterion selects, in words (« 69.20Z — Activités comptables »), or why it selects nothing.</summary>
    public NafCriterion DescribeNaf(string? typed)
    {
        var naf = NafFilter.Parse(typed);
        return naf.Kind switch
        {
            NafFilterKind.None => new(null, null),
            NafFilterKind.Section => new($"Section {naf.Code} — {seeds.Naf.Sections.FirstOrDefault(s => s.Code == naf.Code)?.Label}", null),
            NafFilterKind.SubClass when seeds.Naf.Find(naf.Code) is { } known => new($"{known.Code} — {known.Label}", null),
            NafFilterKind.SubClass => new(null, $"Le code NAF {naf.Code} n'existe pas dans la nomenclature NAF rév. 2 : vérifiez-le (par exemple 69.20Z)."),
            _ => new(null, naf.InvalidMessage),
        };
    }
}
