using ClasseCRM.Web.Infrastructure.Data;
using ClasseCRM.Web.Infrastructure.Hosting;
using Microsoft.Data.Sqlite;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>
/// The demo databases of one seeding situation (see <see cref="DemoTemplates"/>), as the first app of that situation
/// left them right after migrating and seeding: self-contained SQLite files (no -wal/-shm), copied into the folder of
/// every later app of the same situation before it starts. On PostgreSQL (<see cref="TestPostgres"/>) the template is a
/// database, copied with <c>CREATE DATABASE … TEMPLATE …</c>.
/// </summary>
internal sealed class DemoTemplate(string directory)
{
    private readonly ManualResetEventSlim _done = new();
    private readonly TaskCompletionSource _doneAsync = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _published;

    /// <summary>Set once the snapshot is taken or given up: the apps waiting for it may go on.</summary>
    public bool IsDone => _done.IsSet;

    /// <summary>The first app gave up (it failed to start): the next app of the situation seeds and publishes anew.</summary>
    public bool IsAbandoned => _done.IsSet && !_published;

    /// <summary>
    /// Copies the application and job databases of a running app that has just seeded (online backup: consistent
    /// whatever its connections hold in WAL), then lets the waiting apps copy them.
    /// </summary>
    public void Publish(StoragePaths paths, DatabaseTarget target)
    {
        if (!target.IsSqlite)
        {
            TestPostgres.Snapshot(target, TemplateDatabase);
            _published = true;
            _done.Set();
            _doneAsync.TrySetResult();
            return;
        }
        var staging = directory + ".building";
        Directory.CreateDirectory(staging);
        foreach (var database in new[] { paths.DatabasePath, paths.JobsDatabasePath }.Where(File.Exists))
        {
            Backup(database, Path.Combine(staging, Path.GetFileName(database)));
        }
        Directory.Move(staging, directory);
        _published = true;
        _done.Set();
        _doneAsync.TrySetResult();
    }

    /// <summary>The first app could not seed (it failed to start): the others seed for themselves, as before.</summary>
    public void Abandon()
    {
        _done.Set();
        _doneAsync.TrySetResult();
    }

    /// <summary>
    /// Waits for the first app's snapshot and copies it into an app's empty data folder. False when there is none
    /// (the first app failed): the app then migrates and seeds on its own.
    /// </summary>
    public bool CopyTo(string dataDirectory, string? database, TimeSpan timeout) => _done.Wait(timeout) && Copy(dataDirectory, database);

    /// <summary>
    /// The same for a test class's fixture, before its first test: the test thread is free for other classes while
    /// the first app seeds.
    /// </summary>
    public async Task<bool> CopyToAsync(string dataDirectory, string? database, TimeSpan timeout)
    {
        try
        {
            await _doneAsync.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            return false;
        }
        return Copy(dataDirectory, database);
    }

    /// <summary>The template database's name on PostgreSQL (lower case: PostgreSQL folds names).</summary>
    private string TemplateDatabase => "tpl_" + Path.GetFileName(directory).ToLowerInvariant().Replace('-', '_');

    private bool Copy(string dataDirectory, string? database)
    {
        if (!_published)
        {
            return false;
        }
        if (database is not null)
        {
            TestPostgres.Copy(TemplateDatabase, database);
            return true;
        }
        foreach (var file in Directory.GetFiles(directory))
        {
            File.Copy(file, Path.Combine(dataDirectory, Path.GetFileName(file)));
        }
        return true;
    }

    private static void Backup(string source, string destination)
    {
        using var from = new SqliteConnection($"Data Source={source};Mode=ReadOnly;Pooling=False");
        using var to = new SqliteConnection($"Data Source={destination};Pooling=False");
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }
}
