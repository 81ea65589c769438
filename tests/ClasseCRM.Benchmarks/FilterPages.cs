using ClasseCRM.Web.Data;
using ClasseCRM.Web.Data.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// The list's filters of issue 15, each request on another value so that no plan or page is measured on one lucky value:
/// a département, a town and a NAF section each rotating over every value there is (a few common, most with few or no
/// fiches), « pas contacté depuis N jours », the other sorts, pages far down the file, several filters at once, and
/// searches drawn from thousands of distinct terms with the remembered results hidden from the app.
/// </summary>
internal static class FilterPages
{
    /// <summary>A measured row: its name, the address of its i-th request, and whether remembered searches are hidden.</summary>
    public sealed record Page(string Name, Func<int, string> Url, bool ForgetSearches = false);

    private static readonly string[] Sorts = ["ville", "statut", "potentiel", "contact", "creation"];
    private static readonly string[] Statuses = ["Suspect", "Prospect", "Client"];
    private static readonly string[] Potentials = ["A", "B", "C"];

    public static async Task<List<Page>> BuildAsync(IServiceProvider services, int workspaceId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var catalog = scope.ServiceProvider.GetRequiredService<SeedCatalog>();
        var fiches = await db.Prospects.CountAsync(p => p.WorkspaceId == workspaceId);
        // Every département of the commune list (4 common, the others with few fiches) and some with none at all.
        var departments = catalog.Communes.Select(c => c.Department).Distinct().Order(StringComparer.Ordinal)
            .Concat(["99", "00", "975", "2C", "20", "987"]).ToList();
        var towns = catalog.Communes.Select(c => c.Name).Distinct().ToList();
        var sections = catalog.Naf.Sections.Select(s => s.Code).ToList();
        var terms = await SearchTermsAsync(db, workspaceId, towns);
        var lastPage = Math.Max(1, (fiches + 24) / 25);
        var farFrom = Math.Max(1, lastPage / 2);
        Console.WriteLine($"  filtres : {departments.Count} départements, {towns.Count} villes, {sections.Count} sections, {terms.Count} termes de recherche, pages {farFrom}–{lastPage}");

        string Dept(int i) => departments[Spread(i, departments.Count)];
        return
        [
            new($"dept ({departments.Count} in rotation, most rare or absent)", i => $"prospects?dept={Dept(i)}"),
            new($"town ({towns.Count} in rotation, most rare or absent)", i => $"prospects?ville={Uri.EscapeDataString(towns[Spread(i, towns.Count)])}"),
            new($"NAF section ({sections.Count} in rotation)", i => $"prospects?section={sections[Spread(i, sections.Count)]}"),
            new("not contacted for N days (N = 1–1000)", i => $"prospects?sansContact={1 + Spread(i, 1000)}"),
            new("sort on another column (5 columns, both ways, pages 1–3)", i => $"prospects?tri={Sorts[i % Sorts.Length]}{(i / Sorts.Length % 2 == 1 ? "&desc=true" : "")}&page={1 + (i / 10 % 3)}"),
            new($"page far down (pages {farFrom}–{lastPage})", i => $"prospects?page={farFrom + Spread(i, lastPage - farFrom + 1)}"),
            new("several filters (statut + potentiel + dept + not contacted + sort)", i =>
                $"prospects?statut={Statuses[i % 3]}&potentiel={Potentials[i / 3 % 3]}&dept={Dept(i)}&sansContact={30 + Spread(i, 300)}&tri={Sorts[i % Sorts.Length]}"),
            new($"search ({terms.Count} distinct terms, none remembered)", i => $"prospects?q={Uri.EscapeDataString(terms[Spread(i, terms.Count)].Text)}", ForgetSearches: true),
        ];
    }

    /// <summary>The i-th request's value among <paramref name="count"/>: a stride prime to the count, so consecutive requests (and clients) differ.</summary>
    public static int Spread(int i, int count) => (int)((i * 7919L) % count);

    /// <summary>A search term of the rotation and its kind (full name, surname, town, surname and town).</summary>
    public sealed record SearchTerm(string Kind, string Text);

    /// <summary>
    /// Contacts of the workspace by full name and by surname, towns, and surnames followed by a town: a few thousand
    /// distinct searches, some with many matches, some with few or none (a town of the commune list that the file does
    /// not hold, whose « Vouliez-vous dire » proposals are computed).
    /// </summary>
    public static async Task<List<SearchTerm>> SearchTermsAsync(AppDbContext db, int workspaceId, List<string> towns)
    {
        var contacts = await db.Contacts.Where(c => c.WorkspaceId == workspaceId).OrderBy(c => c.Id)
            .Select(c => new { c.FirstName, c.LastName }).Take(20_000).ToListAsync();
        var surnames = contacts.Select(c => c.LastName.ToLowerInvariant()).Distinct().ToList();
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string kind, IEnumerable<string> texts)
        {
            foreach (var text in texts)
            {
                terms.TryAdd(text, kind);
            }
        }
        Add("full name", contacts.Select(c => $"{c.FirstName} {c.LastName}".ToLowerInvariant()).Take(1500));
        Add("surname", surnames);
        Add("town", towns.Take(1500).Select(t => t.ToLowerInvariant()));
        for (var i = 0; terms.Count < 5000 && i < 20_000; i++)
        {
            Add("surname and town", [$"{surnames[i % surnames.Count]} {towns[(i * 31) % towns.Count].ToLowerInvariant()}"]);
        }
        var shuffled = terms.Select(t => new SearchTerm(t.Value, t.Key)).ToList();
        new Random(15).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        return shuffled;
    }
}
