using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// Sends bounded GET loops to the app on loopback and reports latency percentiles and throughput. Given several clients
/// (one per app instance, each signed in on its instance), the concurrent clients are spread over them in turn (client
/// c sends all its requests to instance c mod n), as a round-robin proxy spreads the users of an académie.
/// </summary>
internal sealed partial class LoadRunner(params HttpClient[] instances)
{
    /// <summary>Passes of every page at 16 clients before measuring (CLASSECRM_BENCH_WARMUP, default 6).</summary>
    public static int WarmUpPasses => int.TryParse(Environment.GetEnvironmentVariable("CLASSECRM_BENCH_WARMUP"), out var n) ? n : 6;

    /// <summary>
    /// Every page at 16 clients, <see cref="WarmUpPasses"/> times, not reported: the app's code compiled to its final
    /// tier and its connection pool filled, as on a server that has been serving for a while. With
    /// <paramref name="memory"/>, a page that runs its searches as new does so here too.
    /// </summary>
    public async Task WarmUpAsync(IEnumerable<FilterPages.Page> pages, int perClient, SearchMemorySwitch? memory = null)
    {
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var (name, url, forget) in pages)
            {
                memory?.Forget = forget;
                await RunAsync(name, 16, perClient, url);
                memory?.Forget = false;
            }
        }
    }

    /// <summary>The database server's CPU time so far (PostgreSQL runs in processes of its own), or null on SQLite.</summary>
    public Func<TimeSpan>? DatabaseCpu { get; init; }

    /// <summary>
    /// <paramref name="CpuMs"/>: the process's CPU time per request (the app and the load generator together). It
    /// varies much less than the latencies when the shared machine is busy, so it is the figure to compare changes by.
    /// <paramref name="AllocatedKb"/>: memory allocated per request (both sides too); <paramref name="Collections"/>: the
    /// garbage collections during the run; <paramref name="DatabaseCpuMs"/>: the PostgreSQL server's CPU time per request
    /// (its processes' user and system time), 0 on SQLite, whose work is in the process's figure.
    /// </summary>
    public sealed record Result(string Name, int Clients, int Requests, double P50, double P95, double P99, double PerSecond, long Bytes, double CpuMs, double AllocatedKb, int Collections, double DatabaseCpuMs = 0);

    /// <summary>Each client sends <paramref name="requestsPerClient"/> requests one after the other; all clients run at once.</summary>
    public async Task<Result> RunAsync(string name, int clients, int requestsPerClient, Func<int, string> url)
    {
        foreach (var instance in instances)
        {
            for (var i = 0; i < 10; i++)
            {
                await GetAsync(instance, url(i));
            }
        }
        var latencies = new double[clients * requestsPerClient];
        long bytes = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var databaseCpu = DatabaseCpu?.Invoke() ?? TimeSpan.Zero;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            for (var r = 0; r < requestsPerClient; r++)
            {
                var index = (c * requestsPerClient) + r;
                var watch = Stopwatch.StartNew();
                var length = await GetAsync(instances[c % instances.Length], url(index));
                latencies[index] = watch.Elapsed.TotalMilliseconds;
                Interlocked.Exchange(ref bytes, length);
            }
        })));
        total.Stop();
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / latencies.Length;
        var databaseCpuMs = ((DatabaseCpu?.Invoke() ?? TimeSpan.Zero) - databaseCpu).TotalMilliseconds / latencies.Length;
        var allocatedKb = (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / latencies.Length;
        Array.Sort(latencies);
        return new Result(name, clients, latencies.Length, Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99),
            latencies.Length / total.Elapsed.TotalSeconds, bytes, cpuMs, allocatedKb, GC.CollectionCount(0) - collections, databaseCpuMs);
    }

    private static async Task<long> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} : {(int)response.StatusCode}");
        }
        // The body is read whole but into a pooled buffer: the load generator runs in the app's process, so its own
        // garbage (a fresh array per response) would be collected at the app's expense.
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            long length = 0;
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                length += read;
            }
            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public static async Task<HttpClient> SignInAsync(string baseUrl, string userName, string password)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl + "/"), Timeout = TimeSpan.FromMinutes(5) };
        var page = await client.GetStringAsync("compte/connexion");
        var token = Token().Match(page).Groups[1].Value;
        var response = await client.PostAsync("compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Connexion refusée");
        }
        return client;
    }

    public static string TokenFrom(string page) => Token().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
