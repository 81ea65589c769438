using ClasseCRM.Web.Infrastructure.Hosting;
using Microsoft.Data.Sqlite;

namespace ClasseCRM.Web.Infrastructure.Backup;

/// <summary>
/// A consistent copy of the live database with SQLite's online backup API (never a file copy of a database in use,
/// whose WAL may hold the latest changes).
/// </summary>
public sealed class DatabaseBackup(StoragePaths paths, TimeProvider clock)
{
    /// <summary>Writes the backup to a temporary file and returns its path; the caller streams and deletes it.</summary>
    public async Task<string> CreateAsync(CancellationToken ct)
    {
        var target = Path.Combine(Path.GetTempPath(), $"classecrm-sauvegarde-{Guid.NewGuid():N}.db");
        await using var source = new SqliteConnection($"Data Source={paths.DatabasePath};Mode=ReadOnly;Pooling=False");
        await using var destination = new SqliteConnection($"Data Source={target};Pooling=False");
        await source.OpenAsync(ct);
        await destination.OpenAsync(ct);
        source.BackupDatabase(destination);
        return target;
    }

    public string FileName() => $"classecrm-{Formatting.French.ToParis(clock.GetUtcNow().UtcDateTime):yyyy-MM-dd-HHmm}.db";
}
