using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ClasseCRM.TestFiles;
using ClasseCRM.Web.Features.Prospects;
using ClasseCRM.Web.Infrastructure.Spreadsheets;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// Issue 14: hostile prospect files (a huge cell, millions of rows, a DTD, a 6 MB CSV, random bytes) and a normal
/// 5 000-row file, read by the import's reader in this process, then uploaded through the real form of the real app
/// (Kestrel): for each, the time to the answer and the peak private memory it added. Goal: a hostile file refused
/// within 2 s, adding under 100 MB.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task RunAsync(StringBuilder report)
    {
        Console.WriteLine("== Import : fichiers hostiles");
        var files = Files();
        report.AppendLine();
        report.AppendLine("### Import: hostile files (issue 14)");
        report.AppendLine();
        report.AppendLine("| file | size | reader: answer | reader s | reader peak MB (anon / RSS) | upload: status | upload s | upload peak MB (anon / RSS) |");
        report.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        var readerRows = new List<(string Answer, double Seconds, double Anon, double Rss)>();
        // Each read twice, the first one warming the code up; the second is reported.
        foreach (var (name, fileName, bytes) in files)
        {
            ProspectImportService.ReadTable(fileName, bytes);
            var watch = Stopwatch.StartNew();
            string answer;
            using (var probe = new MemoryProbe())
            {
                var (table, error) = ProspectImportService.ReadTable(fileName, bytes);
                answer = table is null ? error! : $"{table.Rows.Count:N0} rows, {JsonSerializer.Serialize(table).Length / 1024:N0} KB of JSON kept";
                watch.Stop();
                probe.Dispose();
                readerRows.Add((answer, watch.Elapsed.TotalSeconds, probe.PeakAnonAddedMb, probe.PeakRssAddedMb));
            }
            Console.WriteLine($"{name}: {answer} — {watch.Elapsed.TotalSeconds:F2} s");
        }

        using var app = BenchmarkApp.StartFresh();
        var (student, _, _) = await Generator.FillAsync(app.Services, 1, 1_000);
        using var client = await LoadRunner.SignInAsync(app.BaseUrl, student, Generator.Password);
        for (var i = 0; i < files.Count; i++)
        {
            var (name, fileName, bytes) = files[i];
            var token = LoadRunner.TokenFrom(await client.GetStringAsync("prospects/import"));
            using var upload = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(bytes), "fichier", fileName },
            };
            var watch = Stopwatch.StartNew();
            HttpResponseMessage response;
            using (var probe = new MemoryProbe())
            {
                response = await client.PostAsync("prospects/import", upload);
                await response.Content.ReadAsStringAsync();
                watch.Stop();
                probe.Dispose();
                var status = response.StatusCode == HttpStatusCode.Redirect ? "302 (preview)" : $"{(int)response.StatusCode}";
                var (answer, seconds, anon, rss) = readerRows[i];
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| {name} | {Size(bytes.Length)} | {answer} | {seconds:F2} | {anon:F0} / {rss:F0} | {status} | {watch.Elapsed.TotalSeconds:F2} | {probe.PeakAnonAddedMb:F0} / {probe.PeakRssAddedMb:F0} |");
            }
            Console.WriteLine($"{name}: upload {(int)response.StatusCode} — {watch.Elapsed.TotalSeconds:F2} s");
        }
    }

    private static List<(string Name, string FileName, byte[] Bytes)> Files()
    {
        var normal = new List<IReadOnlyList<string>> { new[] { "nom", "code_postal", "ville", "telephone", "email", "statut", "notes" } };
        var csv = new StringBuilder("nom;code_postal;ville;telephone;email;statut;notes\n");
        for (var i = 0; i < 5_000; i++)
        {
            normal.Add([$"Entreprise {i}", "35000", "Rennes", $"02 99 {i / 100 % 100:00} {i % 100:00} 00", $"contact{i}@exemple.example", "suspect", "Rappeler en septembre"]);
            csv.Append(CultureInfo.InvariantCulture, $"Entreprise {i};35000;Rennes;02 99 {i / 100 % 100:00} {i % 100:00} 00;contact{i}@exemple.example;suspect;Rappeler en septembre\n");
        }
        using var xlsx = new MemoryStream();
        XlsxWriter.Write(xlsx, "Feuille1", normal);
        var random = HostileFiles.RandomBytes(5 * 1024 * 1024 - 1);
        return
        [
            ("one 400 MiB shared-string cell", "cellule.xlsx", HostileFiles.HugeSharedString(400L * 1024 * 1024)),
            ("one 400 MiB inline cell", "cellule-en-ligne.xlsx", HostileFiles.HugeInlineCell(400L * 1024 * 1024)),
            ("2 000 000 rows", "lignes.xlsx", HostileFiles.ManyRows(2_000_000)),
            ("10 000 000 empty rows", "vides.xlsx", HostileFiles.EmptyRows(10_000_000)),
            ("DTD (entities)", "dtd.xlsx", HostileFiles.WithDtd()),
            ("6 MB CSV", "gros.csv", HostileFiles.LargeCsv(6 * 1024 * 1024)),
            ("random bytes named .csv", "aleatoire.csv", random),
            ("2 000 000 tiny CSV rows", "lignes.csv", Encoding.UTF8.GetBytes("n\n" + string.Concat(Enumerable.Repeat("a\n", 2_000_000)))),
            ("normal 5 000-row .xlsx", "normal.xlsx", xlsx.ToArray()),
            ("normal 5 000-row CSV", "normal.csv", Encoding.UTF8.GetBytes(csv.ToString())),
        ];
    }

    private static string Size(int bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024:F1} MB" : $"{bytes / 1024.0:F0} KB";
}
