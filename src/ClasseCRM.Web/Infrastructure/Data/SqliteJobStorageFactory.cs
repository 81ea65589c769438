using Hangfire.Storage.SQLite;
using SQLite;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// Hangfire's SQLite storage on connections SQLite serialises itself. The storage opens its connections in
/// multi-thread mode (<c>NoMutex</c>: one connection, one thread at a time), yet a held distributed lock refreshes its
/// expiry from a timer thread on the very connection its holder keeps using: two threads in one connection corrupt
/// the native heap and end the process (a segmentation fault, seen in the test suite). In serialized mode
/// (<c>FullMutex</c>) SQLite takes the connection's mutex on every call, so the heartbeat waits its turn.
/// </summary>
public static class SqliteJobStorageFactory
{
    public static SQLiteStorage Create(string databasePath, SQLiteStorageOptions options) =>
        new(new SQLiteDbConnectionFactory(() => new SQLiteConnection(
            databasePath,
            SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.FullMutex,
            storeDateTimeAsTicks: true)
        {
            BusyTimeout = TimeSpan.FromSeconds(10),
        }), options);
}
