using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// The prospect file's pages on PostgreSQL (issue 20), served by two app instances on one database, the clients spread
/// over both: the school-year layout (600 workspaces, 100 000 organisations) and an académie (20 schools of that
/// layout: 12 000 workspaces, 2 000 000 organisations). CLASSECRM_BENCH_SCALE=0.1 makes every layout a tenth as large
/// (to try the program); CLASSECRM_BENCH_KEEP=1 keeps the generated databases and measures them again next time.
/// </summary>
internal static class PostgresBenchmark
{
    /// <summary>The layouts' databases (a scaled layout's name ends with its scale: « classecrm_bench_school_0_1 »).</summary>
    private static string SchoolDatabase => "classecrm_bench_school" + ScaleSuffix;

    private static string AcademieDatabase => "classecrm_bench_academie" + ScaleSuffix;

    private static string ScaleSuffix => Scale == 1 ? "" : "_" + Scale.ToString(CultureInfo.InvariantCulture).Replace('.', '_');

    /// <summary>Schools of the académie layout: the school-year layout and 19 copies of it.</summary>
    public const int Schools = 20;

    private static double Scale => double.Parse(Environment.GetEnvironmentVariable("CLASSECRM_BENCH_SCALE") is { Length: > 0 } s ? s : "1", CultureInfo.InvariantCulture);

    public static async Task RunAsync(string which, int perClient, StringBuilder report)
    {
        var workspaces = (int)(600 * Scale);
        var organisations = (int)(100_000 * Scale);
        if (which is "school" or "both")
        {
            var mark = await EnsureSchoolAsync(SchoolDatabase, workspaces, organisations);
            await MeasureAsync($"PostgreSQL, année scolaire : {workspaces} espaces, {organisations:N0} organisations", SchoolDatabase, mark, perClient, report);
        }
        if (which is "academie" or "both")
        {
            var mark = BenchPostgres.Keep ? BenchPostgres.GeneratedMark(AcademieDatabase) : null;
            if (mark is null)
            {
                BenchPostgres.Drop(AcademieDatabase);
                var school = await EnsureSchoolAsync(SchoolDatabase, workspaces, organisations);
                BenchPostgres.Copy(SchoolDatabase, AcademieDatabase);
                mark = AcademieCloner.Clone(AcademieDatabase, school, Schools - 1);
            }
            await MeasureAsync($"PostgreSQL, académie : {Schools} établissements, {Schools * workspaces:N0} espaces, {Schools * organisations:N0} organisations", AcademieDatabase, mark, perClient, report);
            if (!BenchPostgres.Keep)
            {
                BenchPostgres.Drop(AcademieDatabase);
            }
        }
        if (!BenchPostgres.Keep)
        {
            BenchPostgres.Drop(SchoolDatabase);
        }
    }

    /// <summary>The school-year layout in its database, generated through the app (or found there, kept from a run before).</summary>
    private static async Task<string> EnsureSchoolAsync(string database, int workspaces, int organisations)
    {
        if (BenchPostgres.GeneratedMark(database) is { } kept)
        {
            return kept;
        }
        BenchPostgres.Drop(database);
        var watch = Stopwatch.StartNew();
        string student;
        int workspaceId, classId;
        using (var app = BenchmarkApp.StartFresh(BenchPostgres.ConnectionString(database)))
        {
            (student, workspaceId, classId) = await Generator.FillAsync(app.Services, workspaces, organisations);
        }
        BenchPostgres.Mark(database, student, workspaceId, classId);
        Console.WriteLine($"  {database}: generated in {watch.Elapsed.TotalSeconds:F0} s, {BenchPostgres.SizeMb(database):F0} MB");
        return BenchPostgres.GeneratedMark(database)!;
    }

    private static async Task MeasureAsync(string title, string database, string mark, int perClient, StringBuilder report)
    {
        Console.WriteLine($"== {title}");
        var parts = mark.Split(';');
        var (student, workspaceId) = (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
        var connection = BenchPostgres.ConnectionString(database);
        using var first = BenchmarkApp.StartFresh(connection);
        using var second = BenchmarkApp.StartFresh(connection);
        using var onFirst = await LoadRunner.SignInAsync(first.BaseUrl, student, Generator.Password);
        using var onSecond = await LoadRunner.SignInAsync(second.BaseUrl, student, Generator.Password);
        var runner = new LoadRunner(onFirst, onSecond) { DatabaseCpu = BenchPostgres.CpuReader() };

        List<int> ids;
        string searchTerm;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            ids = await db.Prospects.Where(p => p.WorkspaceId == workspaceId).OrderBy(p => p.Id).Select(p => p.Id).Take(2000).ToListAsync();
            searchTerm = (await db.Contacts.Where(c => c.WorkspaceId == workspaceId).OrderBy(c => c.Id).Select(c => c.LastName).FirstAsync()).ToLowerInvariant();
        }
        // On PostgreSQL no search is remembered across requests (another instance may have changed the file): every
        // search row runs its search each time, as the SQLite tables' « run again » row does.
        var pages = new List<FilterPages.Page>
        {
            new("list", i => $"prospects?page={1 + (i % 20)}"),
            new("search (name of a contact)", _ => $"prospects?q={Uri.EscapeDataString(searchTerm)}"),
            new("search (no match)", _ => "prospects?q=zzzqxw"),
            new("filtered list (statut + potentiel + dept)", _ => "prospects?statut=Prospect&potentiel=A&dept=35"),
            new("detail", i => $"prospects/{ids[i % ids.Count]}"),
        };
        var only = Environment.GetEnvironmentVariable("CLASSECRM_BENCH_ONLY");
        if (only != "main")
        {
            var filters = await FilterPages.BuildAsync(first.Services, workspaceId);
            pages = only == "filters" ? filters : [.. pages, .. filters];
        }

        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"### {title}");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Database {BenchPostgres.SizeMb(database):N0} MB; two app instances; load average at the start: {LoadAverage()}.");
        report.AppendLine();
        report.AppendLine("| page | clients | requests | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req (app) | CPU ms/req (PostgreSQL) | HTML bytes |");
        report.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        // Warm-up, not reported (six passes of every page at 16 clients): both instances' code compiled to its final tier and their pools filled, as on a server
        // that has been serving for a while (otherwise the first layout measured pays the JIT, the second not).
        await runner.WarmUpAsync(pages, perClient);
        foreach (var clients in new[] { 1, 16 })
        {
            foreach (var (name, url, _) in pages)
            {
                var r = await runner.RunAsync(name, clients, clients == 1 ? perClient * 2 : perClient, url);
                var line = $"| {r.Name} | {r.Clients} | {r.Requests} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} | {r.PerSecond:F0} | {r.CpuMs:F2} | {r.DatabaseCpuMs:F2} | {r.Bytes:N0} |";
                Console.WriteLine($"{line} load {LoadAverage()}");
                report.AppendLine(line);
            }
        }
        var (privateMb, collectedMb, rssMb) = MemoryProbe.AfterLoad();
        var memoryLine = $"- Memory of the process (both app instances and the load generator) after the load runs: {privateMb:F0} MB private ({collectedMb:F0} MB after a full garbage collection), {rssMb:F0} MB resident; load average at the end: {LoadAverage()}";
        Console.WriteLine(memoryLine);
        report.AppendLine();
        report.AppendLine(memoryLine);
    }

    /// <summary>The machine's load averages over 1, 5 and 15 minutes (this machine is shared: read the figures beside them).</summary>
    public static string LoadAverage() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
