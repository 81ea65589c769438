using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace ClasseCRM.Benchmarks;

/// <summary>Sends bounded GET loops to the app on loopback and reports latency percentiles and throughput.</summary>
internal sealed partial class LoadRunner(HttpClient client)
{
    public sealed record Result(string Name, int Clients, int Requests, double P50, double P95, double P99, double PerSecond, long Bytes);

    /// <summary>Each client sends <paramref name="requestsPerClient"/> requests one after the other; all clients run at once.</summary>
    public async Task<Result> RunAsync(string name, int clients, int requestsPerClient, Func<int, string> url)
    {
        for (var i = 0; i < 10; i++)
        {
            await GetAsync(url(i));
        }
        var latencies = new double[clients * requestsPerClient];
        long bytes = 0;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            for (var r = 0; r < requestsPerClient; r++)
            {
                var index = (c * requestsPerClient) + r;
                var watch = Stopwatch.StartNew();
                var length = await GetAsync(url(index));
                latencies[index] = watch.Elapsed.TotalMilliseconds;
                Interlocked.Exchange(ref bytes, length);
            }
        })));
        total.Stop();
        Array.Sort(latencies);
        return new Result(name, clients, latencies.Length, Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99),
            latencies.Length / total.Elapsed.TotalSeconds, bytes);
    }

    private async Task<long> GetAsync(string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} : {(int)response.StatusCode}");
        }
        return body.Length;
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
