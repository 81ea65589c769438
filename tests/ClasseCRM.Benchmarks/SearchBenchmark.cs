using System.Globalization;
using System.Text;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Data.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// Issue 18 (tolerant search): the search rows alone, at 1 client, on one 100 000-fiche workspace (or the school year with
/// CLASSECRM_BENCH_SCHOOL=1), every request searching again (the app's remembered results hidden): a contact's surname,
/// a first name and surname, a surname with a letter left out (« Vouliez-vous dire … ? » is computed), a word that is
/// nowhere, and thousands of distinct terms. The figure to compare two versions by is the CPU time per request.
/// </summary>
internal static class SearchBenchmark
{
    public static async Task RunAsync(int perClient, StringBuilder report)
    {
        var school = Environment.GetEnvironmentVariable("CLASSECRM_BENCH_SCHOOL") == "1";
        var title = school ? "Recherche : année scolaire, 600 espaces" : "Recherche : un espace de 100 000 organisations";
        Console.WriteLine($"== {title}");
        using var app = BenchmarkApp.StartFresh();
        var (student, workspaceId, _) = await Generator.FillAsync(app.Services, school ? 600 : 1, 100_000);
        using var client = await LoadRunner.SignInAsync(app.BaseUrl, student, Generator.Password);
        var runner = new LoadRunner(client);
        var memory = app.Services.GetRequiredService<SearchMemorySwitch>();
        List<(string First, string Last)> contacts;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            contacts = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Contacts
                .Where(c => c.WorkspaceId == workspaceId).OrderBy(c => c.Id).Select(c => new { c.FirstName, c.LastName }).Take(200).ToListAsync())
                .Select(c => (c.FirstName, c.LastName)).Where(c => c.LastName.Length >= 6).ToList();
        }
        // A letter of the surname left out after the first two (« Deschamps » → « Deshamps »).
        static string Misspelt(string name) => name.Remove(2 + (name.Length % (name.Length - 3)), 1);
        var pages = new List<FilterPages.Page>
        {
            new("search (surname of a contact)", i => $"prospects?q={Uri.EscapeDataString(contacts[i % contacts.Count].Last)}", ForgetSearches: true),
            new("search (first name and surname)", i => $"prospects?q={Uri.EscapeDataString(contacts[i % contacts.Count].First + " " + contacts[i % contacts.Count].Last)}", ForgetSearches: true),
            new("search (a surname misspelt)", i => $"prospects?q={Uri.EscapeDataString(Misspelt(contacts[i % contacts.Count].Last))}", ForgetSearches: true),
            new("search (no match)", _ => "prospects?q=zzzqxw", ForgetSearches: true),
        };
        pages.AddRange((await FilterPages.BuildAsync(app.Services, workspaceId)).Where(p => p.Name.StartsWith("search", StringComparison.Ordinal)));
        // The rotation's terms by kind, to find the kind that costs.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var towns = scope.ServiceProvider.GetRequiredService<SeedCatalog>().Communes.Select(c => c.Name).Distinct().ToList();
            var terms = await FilterPages.SearchTermsAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), workspaceId, towns);
            foreach (var kind in terms.GroupBy(t => t.Kind))
            {
                var texts = kind.Select(t => t.Text).ToList();
                pages.Add(new($"search (rotation: {kind.Key}, {texts.Count} terms)", i => $"prospects?q={Uri.EscapeDataString(texts[FilterPages.Spread(i, texts.Count)])}", ForgetSearches: true));
            }
        }
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"### {title}");
        report.AppendLine();
        report.AppendLine("| page | clients | requests | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req | HTML bytes |");
        report.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        await runner.WarmUpAsync(pages, perClient, memory);
        foreach (var (name, url, forget) in pages)
        {
            memory.Forget = forget;
            var r = await runner.RunAsync(name, 1, perClient * 2, url);
            memory.Forget = false;
            var line = $"| {r.Name} | {r.Clients} | {r.Requests} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} | {r.PerSecond:F0} | {r.CpuMs:F2} | {r.Bytes:N0} |";
            Console.WriteLine(line);
            report.AppendLine(line);
        }
    }
}
