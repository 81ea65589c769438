using System.Security.Cryptography;
using System.Text;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>
/// The demo school is seeded once per test run and per seeding situation, not once per app: the first app of a
/// situation migrates and seeds as before and leaves a snapshot of its databases as its host starts; every later app of
/// the same situation waits for that snapshot (one seeding at a time per situation, whatever runs in parallel), copies
/// it into its own empty folder and starts on it — migrations are then a no-op and the demo seeder is skipped because
/// users exist. A situation is what the seeded rows depend on: the clock (the demo dates everything relative to its
/// "now": a fake clock's instant, or the Paris day for the real clock) and every setting the app starts with.
/// </summary>
internal static class DemoTemplates
{
    /// <summary>Longer than any seeding on a loaded machine; past it, an app seeds on its own rather than wait.</summary>
    private static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(5);

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "classecrm-tests", $"templates-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private static readonly Dictionary<string, DemoTemplate> Templates = [];
    private static readonly Lock Gate = new();

    static DemoTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteRoot();

    /// <summary>
    /// Called before an app's host starts. An app on a folder that already holds a database (a restart) starts on it as
    /// it is; an app with no known situation seeds on its own. Otherwise the first app of the situation gets the
    /// template it must publish once seeded, and the others get its files copied into their folder (null returned).
    /// </summary>
    public static DemoTemplate? Prepare(string dataDirectory, string databaseFile, string? database, string? situation)
    {
        var (first, known) = Find(dataDirectory, databaseFile, database, situation);
        // False when the first app failed: this one then migrates and seeds on its own, as before.
        known?.CopyTo(dataDirectory, database, WaitLimit);
        return first;
    }

    /// <summary><see cref="Prepare"/> for a test class's fixture, waiting without holding a test thread.</summary>
    public static async Task<DemoTemplate?> PrepareAsync(string dataDirectory, string databaseFile, string? database, string? situation)
    {
        var (first, known) = Find(dataDirectory, databaseFile, database, situation);
        if (known is not null)
        {
            await known.CopyToAsync(dataDirectory, database, WaitLimit);
        }
        return first;
    }

    /// <summary>The template this app must publish (it is the first of its situation), or the one it must copy.</summary>
    private static (DemoTemplate? First, DemoTemplate? Known) Find(string dataDirectory, string databaseFile, string? database, string? situation)
    {
        if (situation is null || File.Exists(Path.Combine(dataDirectory, databaseFile)) || (database is not null && TestPostgres.Exists(database)))
        {
            return (null, null);
        }
        lock (Gate)
        {
            if (Templates.TryGetValue(situation, out var known) && !known.IsAbandoned)
            {
                return (null, known);
            }
            var first = new DemoTemplate(Path.Combine(Root, Name(situation)));
            Templates[situation] = first;
            return (first, null);
        }
    }

    private static string Name(string situation) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(situation)))[..16] + "-" + Guid.NewGuid().ToString("N")[..8];

    private static void DeleteRoot()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Nothing was seeded in this run, or a file is still held: the temporary folder is cleaned by the system later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
