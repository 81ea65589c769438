using ClasseCRM.Web.Infrastructure.Data;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;

namespace ClasseCRM.IntegrationTests.Infrastructure.Jobs;

/// <summary>
/// A held Hangfire lock refreshes its expiry from a timer thread on its holder's connection. On the storage's own
/// connections (multi-thread mode) that crashed the test process with a segmentation fault; the app's storage must
/// take it.
/// </summary>
public sealed class JobsStorageConcurrencyTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "classecrm-tests", $"hangfire-{Guid.NewGuid():N}.db");

    [Fact]
    public void HeldLock_HeartbeatWhileTheHolderWorks_NeitherCrashesNorLosesAWrite()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        // A 25 ms lifetime makes the heartbeat fire every 5 ms, while the holder writes and reads on the same connection.
        using var storage = SqliteJobStorageFactory.Create(_path, new SQLiteStorageOptions { DistributedLockLifetime = TimeSpan.FromMilliseconds(25) });
        using var connection = storage.GetConnection();
        var expiries = new HashSet<long>();
        var written = 0;
        using (connection.AcquireDistributedLock("classecrm-test", TimeSpan.FromSeconds(5)))
        {
            while (expiries.Count < 4 && written < 50_000)
            {
                connection.SetRangeInHash("essai", [new KeyValuePair<string, string>($"k{written % 20}", written.ToString())]);
                Assert.Equal(Math.Min(written + 1, 20), connection.GetAllEntriesFromHash("essai")!.Count);
                written++;
                if (written % 50 == 0)
                {
                    expiries.Add(LockExpiry());
                }
            }
        }

        Assert.True(expiries.Count >= 4, $"the heartbeat moved the lock's expiry {expiries.Count} time(s)");
        var hash = connection.GetAllEntriesFromHash("essai")!;
        Assert.Equal((written - 1).ToString(), hash[$"k{(written - 1) % 20}"]);
    }

    /// <summary>The lock's expiry as the heartbeat last wrote it, read through another connection.</summary>
    private long LockExpiry()
    {
        using var db = new SqliteConnection($"Data Source={_path};Pooling=False");
        db.Open();
        using var find = db.CreateCommand();
        find.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%DistributedLock'";
        var table = (string)find.ExecuteScalar()!;
        using var read = db.CreateCommand();
        read.CommandText = $"SELECT ExpireAt FROM \"{table}\"";
        return Convert.ToInt64(read.ExecuteScalar() ?? 0L);
    }

    public void Dispose()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
