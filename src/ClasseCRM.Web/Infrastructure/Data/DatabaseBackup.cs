using System.Globalization;
using System.Text.RegularExpressions;
using ClasseCRM.Web.Infrastructure.Hosting;
using Microsoft.Data.Sqlite;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// A consistent copy of the live database with SQLite's online backup API (never a file copy of a database in use,
/// whose WAL may hold the latest changes). Backups are kept in App_Data/sauvegardes, named after the moment they were
/// made (Paris time), the newest <see cref="Kept"/> only, so the admin page shows the last one and offers it to download.
/// On PostgreSQL there is no file to copy: backups are the host's (pg_dump), and the page says so instead.
/// </summary>
public sealed partial class DatabaseBackup(StoragePaths paths, TimeProvider clock, DatabaseTarget target)
{
    /// <summary>Whether this page can make the backup (a SQLite file); false on PostgreSQL.</summary>
    public bool MakesFiles => target.IsSqlite;

    /// <summary>How many backups stay on the server (older ones are deleted when a new one is made).</summary>
    public const int Kept = 5;

    public string Folder => Path.Combine(paths.DataDirectory, "sauvegardes");

    /// <summary>Writes the backup to a temporary file and returns its path; the caller streams and deletes it.</summary>
    public async Task<string> CreateAsync(CancellationToken ct)
    {
        if (!MakesFiles)
        {
            throw new InvalidOperationException("PostgreSQL : les sauvegardes se font sur le serveur de base de données (pg_dump).");
        }
        var target = Path.Combine(Path.GetTempPath(), $"classecrm-sauvegarde-{Guid.NewGuid():N}.db");
        await using var source = new SqliteConnection($"Data Source={paths.DatabasePath};Mode=ReadOnly;Pooling=False");
        await using var destination = new SqliteConnection($"Data Source={target};Pooling=False");
        await source.OpenAsync(ct);
        await destination.OpenAsync(ct);
        source.BackupDatabase(destination);
        return target;
    }

    /// <summary>Makes a backup into the server's folder, keeps the newest <see cref="Kept"/>, and returns it.</summary>
    public async Task<BackupFile> CreateKeptAsync(CancellationToken ct)
    {
        var temporary = await CreateAsync(ct);
        Directory.CreateDirectory(Folder);
        var name = FileName();
        File.Move(temporary, Path.Combine(Folder, name), overwrite: true);
        foreach (var old in List().Skip(Kept))
        {
            File.Delete(Path.Combine(Folder, old.Name));
        }
        return List().First(b => b.Name == name);
    }

    /// <summary>The newest backup kept on the server, or null when none was made yet.</summary>
    public BackupFile? Last() => MakesFiles ? List().FirstOrDefault() : null;

    /// <summary>The path of a kept backup from its name, or null for any other name (no path can be slipped in).</summary>
    public string? PathOf(string? name) =>
        MakesFiles && name is not null && NamePattern().IsMatch(name) && File.Exists(Path.Combine(Folder, name)) ? Path.Combine(Folder, name) : null;

    public string FileName() => $"classecrm-{Formatting.French.ToParis(clock.GetUtcNow().UtcDateTime):yyyy-MM-dd-HHmm}.db";

    private List<BackupFile> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        return Directory.EnumerateFiles(Folder, "classecrm-*.db")
            .Select(path => new FileInfo(path))
            .Where(f => NamePattern().IsMatch(f.Name))
            .Select(f => new BackupFile(f.Name,
                DateTime.ParseExact(f.Name["classecrm-".Length..^".db".Length], "yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture), f.Length))
            .OrderByDescending(b => b.MadeAtParis).ThenByDescending(b => b.Name, StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex(@"^classecrm-\d{4}-\d{2}-\d{2}-\d{4}\.db$")]
    private static partial Regex NamePattern();
}
