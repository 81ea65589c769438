using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// The real app on a loopback port (Kestrel), Production settings, on its own data folder; with
/// <paramref name="postgreSql"/> (a connection string naming the database), on PostgreSQL instead of the folder's SQLite
/// file, as each instance of an académie's deployment runs (several apps may share that database).
/// </summary>
internal sealed class BenchmarkApp(string dataDirectory, string? postgreSql = null) : WebApplicationFactory<Program>
{
    public string BaseUrl { get; private set; } = "";

    /// <summary>A started app on a fresh data folder of its own under the temp folder.</summary>
    public static BenchmarkApp StartFresh(string? postgreSql = null)
    {
        var app = new BenchmarkApp(Path.Combine(Path.GetTempPath(), "classecrm-bench", Guid.NewGuid().ToString("N")), postgreSql);
        app.Start();
        return app;
    }

    public void Start()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    /// <summary>Stops the app and deletes its data folder (a school-year database is ~160 MB).</summary>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(dataDirectory) && Environment.GetEnvironmentVariable("CLASSECRM_BENCH_KEEP") != "1")
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        if (postgreSql is not null)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:ClasseCrm", postgreSql);
        }
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<SearchMemorySwitch>();
            services.AddSingleton<IMemoryCache>(sp => new SwitchableMemoryCache(new MemoryCache(new MemoryCacheOptions()), sp.GetRequiredService<SearchMemorySwitch>()));
        });
        if (Environment.GetEnvironmentVariable("CLASSECRM_BENCH_SQL") == "1")
        {
            // Every SQL command with its duration, to find the slow query of a page.
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        }
    }
}
