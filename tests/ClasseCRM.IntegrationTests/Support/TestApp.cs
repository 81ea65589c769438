using ClasseCRM.Web.Data;
using ClasseCRM.Web.Infrastructure.Data;
using ClasseCRM.Web.Infrastructure.Hosting;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>
/// The real app over HTTP on real SQLite files in a temporary folder, with the demo school seeded (deterministic:
/// prof.martin, prof.durand, eleve1…eleve24, password "demo-classecrm"). One per test class (IClassFixture). The demo
/// is seeded once per run and clock (<see cref="DemoTemplates"/>): each app starts on a copy of the seeded files.
/// </summary>
public class TestApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "demo-classecrm";

    private readonly Dictionary<string, string?> _settings = new();

    public TestApp() : this(Path.Combine(Path.GetTempPath(), "classecrm-tests", Guid.NewGuid().ToString("N")))
    {
    }

    internal TestApp(string dataDirectory)
    {
        DataDirectory = dataDirectory;
        Directory.CreateDirectory(DataDirectory);
        _settings["Storage:DataDirectory"] = DataDirectory;
        _settings["Demo:Seed"] = "true";
        _settings["Jobs:PollingSeconds"] = "1";
        _settings["Logging:LogLevel:Default"] = "Warning";
        if (TestPostgres.IsOn)
        {
            _database = TestPostgres.DatabaseNameFor(DataDirectory);
            _settings["Database:Provider"] = "PostgreSql";
            _settings["ConnectionStrings:ClasseCrm"] = TestPostgres.ConnectionString(_database);
        }
    }

    /// <summary>This app's own database on PostgreSQL (<see cref="TestPostgres"/>); null on SQLite files.</summary>
    private readonly string? _database;

    public string DataDirectory { get; }

    /// <summary>When false, no Hangfire server runs: tests call the jobs themselves, deterministically.</summary>
    public bool RunJobServer { get; init; } = true;

    public TimeProvider? Clock { get; init; }

    public TestApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Set when this app is the first of its seeding situation: its start publishes the seeded files.</summary>
    private DemoTemplate? _template;

    /// <summary>True once the seeded files are copied in (or this app is to seed): done by the fixture, or else at start.</summary>
    private bool _prepared;

    /// <summary>The app database's connection string once started: on dispose only this app's pool is closed.</summary>
    private string? _connectionString;

    /// <summary>Settings that the seeded rows do not depend on (read per request): apps differing only there share a template.</summary>
    private static readonly string[] NotSeedingSettings = ["Storage:DataDirectory", "App:PublicBaseUrl", "ConnectionStrings:ClasseCrm"];

    /// <summary>
    /// What the seeded rows depend on: the clock's "now" at seeding (a fake clock's instant; the Paris day for the real
    /// clock, whose minutes do not change the demo) and every setting but <see cref="NotSeedingSettings"/>. Null for
    /// another clock: such an app seeds on start, as before.
    /// </summary>
    private string? SeedingSituation()
    {
        var clock = Clock switch
        {
            null => "system " + TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            FakeTimeProvider fake => "fixed " + fake.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        var settings = _settings.Where(s => !NotSeedingSettings.Contains(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}");
        return clock is null ? null : string.Join('\n', settings.Prepend(clock));
    }

    private string DatabaseFile => _settings.GetValueOrDefault("Storage:DatabaseFile") ?? "classecrm.db";

    /// <summary>As a class fixture: the seeded files are copied in before the first test, without holding a test thread.</summary>
    public async Task InitializeAsync()
    {
        _template = await DemoTemplates.PrepareAsync(DataDirectory, DatabaseFile, _database, SeedingSituation());
        _prepared = true;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Before the host starts (and the app migrates and seeds): the seeded files of this situation, if any, are copied in.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (!_prepared)
        {
            _template = DemoTemplates.Prepare(DataDirectory, DatabaseFile, _database, SeedingSituation());
            _prepared = true;
        }
        try
        {
            var host = base.CreateHost(builder);
            _connectionString = host.Services.GetRequiredService<DatabaseTarget>().ConnectionString;
            return host;
        }
        finally
        {
            // Started without publishing (a failed start): the apps waiting for this situation seed for themselves.
            if (_template is { IsDone: false })
            {
                _template.Abandon();
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            if (!RunJobServer)
            {
                // Hangfire registers its server as a hosted service built by a factory returning BackgroundJobServerHostedService.
                var server = services.Where(d => d.ServiceType == typeof(IHostedService)
                    && d.ImplementationFactory?.Method.ReturnType.Name == "BackgroundJobServerHostedService").ToList();
                Assert.NotEmpty(server);
                foreach (var descriptor in server)
                {
                    services.Remove(descriptor);
                }
            }
            if (Clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(Clock);
            }
            if (_template is { } template)
            {
                // First of the hosted services: after Program has migrated and seeded, before any job server or request.
                services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(sp => new DemoSnapshotOnStart(template, sp.GetRequiredService<StoragePaths>(), sp.GetRequiredService<DatabaseTarget>())));
            }
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each answer.</summary>
    public HttpClient CreateBrowserlessClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real form and returns a client holding the sign-in cookie.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = DemoPassword)
    {
        var client = CreateBrowserlessClient();
        var response = await client.PostFormAsync("/compte/connexion", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Connexion de {userName} refusée : {(int)response.StatusCode}");
        }
        return client;
    }

    /// <summary>
    /// One signed-in client per user for the whole test class: sign-in is throttled per identifiant (10 a minute), as
    /// in production, so tests that only need "a teacher" share a session.
    /// </summary>
    public async Task<HttpClient> AsAsync(string userName)
    {
        await _sessionsLock.WaitAsync();
        try
        {
            if (!_sessions.TryGetValue(userName, out var client))
            {
                client = await SignInAsync(userName);
                _sessions[userName] = client;
            }
            return client;
        }
        finally
        {
            _sessionsLock.Release();
        }
    }

    private readonly Dictionary<string, HttpClient> _sessions = new();
    private readonly SemaphoreSlim _sessionsLock = new(1, 1);

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task RunAsync<TService>(Func<TService, Task> action) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public IBackgroundJobClient Jobs => Services.GetRequiredService<IBackgroundJobClient>();

    protected override void Dispose(bool disposing)
    {
        // Chosen to seed first but never started: the apps waiting for its situation seed for themselves.
        if (_template is { IsDone: false })
        {
            _template.Abandon();
        }
        base.Dispose(disposing);
        if (disposing && DeleteOnDispose)
        {
            // This app's connections only: clearing every pool would close the other running apps' connections, and the
            // last close of a database checkpoints and deletes its -wal under a test that is looking at it.
            if (_database is not null)
            {
                TestPostgres.Drop(TestPostgres.ConnectionString(_database));
            }
            else if (_connectionString is null)
            {
                SqliteConnection.ClearAllPools();
            }
            else
            {
                using var connection = new SqliteConnection(_connectionString);
                SqliteConnection.ClearPool(connection);
            }
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a closing connection: the temporary folder is cleaned by the system later.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    public bool DeleteOnDispose { get; init; } = true;
}
