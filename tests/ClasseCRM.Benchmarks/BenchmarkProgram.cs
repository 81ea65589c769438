using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.Benchmarks;

/// <summary>Entry point of the benchmark program (the web app's own Program is the one under test).</summary>
internal static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        // Usage: dotnet run -c Release --project tests/ClasseCRM.Benchmarks -- [school|single|both|reports|import|all] [requests per client]
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var layout = args.Length > 0 ? args[0] : "both";
        if (layout == "sqltime")
        {
            SqlTimer.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1);
            return;
        }
        if (layout == "sql")
        {
            // Prints the SQL of the list queries, to read their plans with EXPLAIN QUERY PLAN.
            using var sqlApp = new BenchmarkApp(Path.Combine(Path.GetTempPath(), "classecrm-bench-sql"));
            sqlApp.Start();
            await using var scope = sqlApp.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<ClasseCRM.Web.Features.Prospects.ProspectService>();
            var query = new ClasseCRM.Web.Features.Prospects.ProspectQuery { Statut = ClasseCRM.Web.Domain.ProspectStatus.Prospect, Potentiel = ClasseCRM.Web.Domain.Potential.A, Dept = "35" };
            Console.WriteLine(service.Filter(1, query).Take(25).ToQueryString());
            Console.WriteLine(service.Filter(1, new ClasseCRM.Web.Features.Prospects.ProspectQuery { Q = "martin" }).Take(25).ToQueryString());
            Console.WriteLine(service.Filter(1, new ClasseCRM.Web.Features.Prospects.ProspectQuery { Ville = "Ajaccio", Tri = "ville" }).Take(25).ToQueryString());
            return;
        }
        var perClient = args.Length > 1 && layout != "postgres" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"ClasseCRM benchmarks — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {perClient} requests per client");

        if (layout is "school" or "both" or "all")
        {
            await RunLayoutAsync("Année scolaire : 600 espaces, 100 000 organisations", 600, 100_000, withBulkFiles: false);
        }
        if (layout is "single" or "both" or "all")
        {
            await RunLayoutAsync("Un espace de 100 000 organisations", 1, 100_000, withBulkFiles: true);
        }
        if (layout == "profile")
        {
            // A short steady load on the list page, to record with dotnet-trace (see docs/BENCHMARKS.md).
            using var app = BenchmarkApp.StartFresh();
            // CLASSECRM_BENCH_SCHOOL=1: the school-year database (600 workspaces) instead of one 5 000-fiche workspace;
            // CLASSECRM_BENCH_LARGE=1: one workspace of 100 000 fiches.
            var school = Environment.GetEnvironmentVariable("CLASSECRM_BENCH_SCHOOL") == "1";
            var large = Environment.GetEnvironmentVariable("CLASSECRM_BENCH_LARGE") == "1";
            var (student, profiledWorkspace, _) = await Generator.FillAsync(app.Services, school ? 600 : 1, school || large ? 100_000 : 5_000);
            using var client = await LoadRunner.SignInAsync(app.BaseUrl, student, Generator.Password);
            // CLASSECRM_BENCH_URL picks another page ("prospects?q=martin").
            var page = Environment.GetEnvironmentVariable("CLASSECRM_BENCH_URL");
            // CLASSECRM_BENCH_ALLOC=1 also prints which types the run allocated most (sampled by the runtime).
            using var allocations = Environment.GetEnvironmentVariable("CLASSECRM_BENCH_ALLOC") == "1" ? new AllocationListener() : null;
            allocations?.Recording = true;
            // CLASSECRM_BENCH_FORGET=1: every search is run as new (remembered results hidden), as the search rows do.
            app.Services.GetRequiredService<SearchMemorySwitch>().Forget = Environment.GetEnvironmentVariable("CLASSECRM_BENCH_FORGET") == "1";
            // Several pages separated by « | » are measured one after the other on the same database.
            // CLASSECRM_BENCH_ROW=search (or dept, town…: the start of a filter row's name) measures that row's rotation instead.
            var row = Environment.GetEnvironmentVariable("CLASSECRM_BENCH_ROW") is { Length: > 0 } rowName
                ? (await FilterPages.BuildAsync(app.Services, profiledWorkspace)).First(f => f.Name.StartsWith(rowName, StringComparison.Ordinal))
                : null;
            foreach (var one in (page ?? "").Split('|'))
            {
                Func<int, string> url = row is not null ? row.Url : i => one.Length > 0 ? one : $"prospects?page={1 + (i % 20)}";
                var r = await new LoadRunner(client).RunAsync("list", 16, perClient, url);
                Console.WriteLine($"{row?.Name ?? (one.Length > 0 ? one : "list")} at 16 clients: p50 {r.P50:F1} ms, p95 {r.P95:F1} ms, {r.PerSecond:F0} req/s, CPU {r.CpuMs:F2} ms/req, {r.AllocatedKb:F0} KB/req, {r.Collections} GCs");
            }
            allocations?.Recording = false;
            allocations?.Print(40);
            return;
        }
        if (layout == "postgres")
        {
            // postgres [school|academie|both] [requests per client]: two app instances on one PostgreSQL database (issue 20).
            await PostgresBenchmark.RunAsync(args.Length > 1 ? args[1] : "both", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100, report);
        }
        if (layout == "search")
        {
            await SearchBenchmark.RunAsync(perClient, report);
        }
        if (layout is "reports" or "all")
        {
            await RunReportsAsync();
        }
        if (layout is "import" or "all")
        {
            await ImportBenchmark.RunAsync(report);
        }

        Console.WriteLine();
        Console.WriteLine(report);
        var output = Path.Combine(AppContext.BaseDirectory, "benchmarks.md");
        await File.WriteAllTextAsync(output, report.ToString());
        Console.WriteLine($"Résultats : {output}");

        async Task RunLayoutAsync(string title, int workspaces, int organisations, bool withBulkFiles)
        {
            Console.WriteLine($"== {title}");
            using var app = BenchmarkApp.StartFresh();
            var (student, workspaceId, _) = await Generator.FillAsync(app.Services, workspaces, organisations);
            var client = await LoadRunner.SignInAsync(app.BaseUrl, student, Generator.Password);
            var runner = new LoadRunner(client);
            var memory = app.Services.GetRequiredService<SearchMemorySwitch>();

            List<int> ids;
            string searchTerm;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                ids = await db.Prospects.Where(p => p.WorkspaceId == workspaceId).OrderBy(p => p.Id).Select(p => p.Id).Take(2000).ToListAsync();
                searchTerm = (await db.Contacts.Where(c => c.WorkspaceId == workspaceId).OrderBy(c => c.Id).Select(c => c.LastName).FirstAsync()).ToLowerInvariant();
            }

            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"### {title}");
            report.AppendLine();
            report.AppendLine("| page | clients | requests | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req | HTML bytes |");
            report.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            var pages = new List<FilterPages.Page>
            {
                new("list", i => $"prospects?page={1 + (i % 20)}"),
                new("search (name of a contact)", _ => $"prospects?q={Uri.EscapeDataString(searchTerm)}"),
                // The same search, with the remembered results hidden from the app (SearchMemorySwitch): the search is
                // run again every time, as a new search is.
                new("search (name of a contact, run again)", _ => $"prospects?q={Uri.EscapeDataString(searchTerm)}", ForgetSearches: true),
                new("search (no match)", _ => "prospects?q=zzzqxw"),
                new("filtered list (statut + potentiel + dept)", _ => "prospects?statut=Prospect&potentiel=A&dept=35"),
                new("detail", i => $"prospects/{ids[i % ids.Count]}"),
            };
            // Issue 15: every filter, on rare values as well as common ones (CLASSECRM_BENCH_ONLY=filters measures these alone).
            var filters = await FilterPages.BuildAsync(app.Services, workspaceId);
            pages = Environment.GetEnvironmentVariable("CLASSECRM_BENCH_ONLY") == "filters" ? filters : [.. pages, .. filters];
            // As the PostgreSQL layouts are (since the seventeenth session; the SQLite tables before it were measured cold).
            await runner.WarmUpAsync(pages, perClient, memory);
            foreach (var clients in new[] { 1, 16 })
            {
                foreach (var (name, url, forget) in pages)
                {
                    memory.Forget = forget;
                    var r = await runner.RunAsync(name, clients, clients == 1 ? perClient * 2 : perClient, url);
                    memory.Forget = false;
                    var line = $"| {r.Name} | {r.Clients} | {r.Requests} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} | {r.PerSecond:F0} | {r.CpuMs:F2} | {r.Bytes:N0} |";
                    Console.WriteLine(line);
                    report.AppendLine(line);
                }
            }
            var (privateMb, collectedMb, rssMb) = MemoryProbe.AfterLoad();
            var memoryLine = $"- Memory of the process after the load runs: {privateMb:F0} MB private (anonymous + dirty pages of shared mappings; {collectedMb:F0} MB after a full garbage collection), {rssMb:F0} MB resident (RSS, with the SQLite memory map's clean pages)";
            Console.WriteLine(memoryLine);
            report.AppendLine();
            report.AppendLine(memoryLine);

            if (withBulkFiles)
            {
                var watch = Stopwatch.StartNew();
                var csv = await client.GetByteArrayAsync("prospects/export?format=csv");
                var csvTime = watch.Elapsed.TotalSeconds;
                watch.Restart();
                var xlsx = await client.GetByteArrayAsync("prospects/export?format=xlsx");
                var xlsxTime = watch.Elapsed.TotalSeconds;
                report.AppendLine();
                report.AppendLine(CultureInfo.InvariantCulture, $"- Export of {organisations:N0} rows: CSV {csvTime:F2} s ({csv.Length / 1024 / 1024} MB), XLSX {xlsxTime:F2} s ({xlsx.Length / 1024 / 1024} MB)");

                // Import of 10 000 new rows into the same workspace (duplicates checked against the 100 000 already there).
                var file = new StringBuilder("nom;siret;code_postal;ville;telephone;email;statut;potentiel;contact_nom;contact_prenom;contact_fonction\n");
                for (var i = 0; i < 10_000; i++)
                {
                    file.Append(CultureInfo.InvariantCulture, $"Import Banc {i};;35000;Rennes;;import{i}@banc.example;suspect;B;Nom{i};Prénom;Gérant\n");
                }
                var upload = new MultipartFormDataContent
                {
                    { new StringContent(LoadRunner.TokenFrom(await client.GetStringAsync("prospects/import"))), "__RequestVerificationToken" },
                    { new ByteArrayContent(Encoding.UTF8.GetBytes(file.ToString())), "fichier", "banc.csv" },
                };
                watch.Restart();
                var uploaded = await client.PostAsync("prospects/import", upload);
                var previewUrl = uploaded.Headers.Location!.OriginalString.TrimStart('/');
                var preview = await client.GetStringAsync(previewUrl);
                var previewTime = watch.Elapsed.TotalSeconds;
                watch.Restart();
                var applied = await client.PostAsync(previewUrl, new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["action"] = "importer",
                    ["__RequestVerificationToken"] = LoadRunner.TokenFrom(preview),
                }));
                // The import runs as a background job: follow its progress, as the page's script does, until it ends.
                var progressUrl = previewUrl + "/progression";
                System.Text.Json.JsonElement progress;
                do
                {
                    await Task.Delay(200);
                    progress = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(progressUrl)).RootElement;
                }
                while (progress.GetProperty("active").GetBoolean());
                var applyTime = watch.Elapsed.TotalSeconds;
                var created = applied.StatusCode == System.Net.HttpStatusCode.Redirect && progress.GetProperty("created").GetInt32() == 10_000;
                report.AppendLine(CultureInfo.InvariantCulture, $"- Import of 10 000 rows: upload + preview {previewTime:F2} s, apply (background job, until its progress says done) {applyTime:F2} s ({(created ? "10 000 created" : "UNEXPECTED RESULT: " + progress.GetProperty("summary").GetString())})");
            }
            client.Dispose();
        }

        // Issue 7: the student dashboard, the class dashboard of 35 students and the synthesis PDF on the school-year
        // database, the measured student having logged 5 000 calls (and the 34 others of the class 300 each).
        async Task RunReportsAsync()
        {
            const string title = "Rapports : année scolaire, un élève à 5 000 activités, une classe de 35";
            Console.WriteLine($"== {title}");
            using var app = BenchmarkApp.StartFresh();
            var (student, workspaceId, classId) = await Generator.FillAsync(app.Services, 600, 100_000);
            List<int> classmates;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                classmates = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Workspaces.Where(w => w.ClassId == classId).Select(w => w.Id).ToListAsync();
            }
            var watch = Stopwatch.StartNew();
            var operationId = 0;
            foreach (var ws in classmates)
            {
                var id = await ActivityGenerator.AddAsync(app.Services, ws, ws == workspaceId ? 5000 : 300, ws);
                operationId = ws == workspaceId ? id : operationId;
            }
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await ClasseCRM.Web.Infrastructure.Data.DatabaseMaintenance.OptimizeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
            }
            Console.WriteLine($"  activité de {classmates.Count} espaces en {watch.Elapsed.TotalSeconds:F0} s");

            var client = await LoadRunner.SignInAsync(app.BaseUrl, student, Generator.Password);
            var teacher = await LoadRunner.SignInAsync(app.BaseUrl, Generator.Teacher, Generator.Password);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var created = await client.PostAsync("syntheses/nouvelle", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Title"] = "Synthèse du banc d'essai",
                ["From"] = today.AddDays(-90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["To"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["OperationIds"] = operationId.ToString(CultureInfo.InvariantCulture),
                ["__RequestVerificationToken"] = LoadRunner.TokenFrom(await client.GetStringAsync("syntheses/nouvelle")),
            }));
            var synthesis = created.Headers.Location!.OriginalString.TrimStart('/');

            if (Environment.GetEnvironmentVariable("CLASSECRM_BENCH_SQL") == "1")
            {
                // One request of each page, its SQL in the log above; no load run.
                var ninety = $"rapports?du={today.AddDays(-90):yyyy-MM-dd}&au={today:yyyy-MM-dd}";
                foreach (var url in new[] { "rapports", ninety, ninety, $"classes/{classId}/tableau-de-bord", "prospects", "prospects" })
                {
                    Console.WriteLine($"----- {url}");
                    await (url.StartsWith("classes", StringComparison.Ordinal) ? teacher : client).GetStringAsync(url);
                }
                return;
            }
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"### {title}");
            report.AppendLine();
            report.AppendLine("| page | clients | requests | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req | bytes |");
            report.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            var period = $"du={today.AddDays(-90):yyyy-MM-dd}&au={today:yyyy-MM-dd}";
            var pages = new (string Name, LoadRunner Runner, Func<int, string> Url, int Requests)[]
            {
                ("student dashboard (28 days)", new LoadRunner(client), _ => "rapports", perClient),
                ("student dashboard (90 days, 5 000 calls)", new LoadRunner(client), _ => $"rapports?{period}", perClient),
                ("class dashboard (35 students)", new LoadRunner(teacher), _ => $"classes/{classId}/tableau-de-bord", perClient),
                ("synthesis PDF (90 days, 5 000 calls)", new LoadRunner(client), _ => $"{synthesis}/pdf", Math.Max(5, perClient / 5)),
            };
            foreach (var clients in new[] { 1, 16 })
            {
                foreach (var (name, runner, url, requests) in pages)
                {
                    var r = await runner.RunAsync(name, clients, clients == 1 ? requests * 2 : requests, url);
                    var line = $"| {r.Name} | {r.Clients} | {r.Requests} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} | {r.PerSecond:F0} | {r.CpuMs:F2} | {r.Bytes:N0} |";
                    Console.WriteLine(line);
                    report.AppendLine(line);
                }
            }
            client.Dispose();
            teacher.Dispose();
        }
    }
}
