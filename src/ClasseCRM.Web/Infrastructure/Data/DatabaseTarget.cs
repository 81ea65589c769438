using ClasseCRM.Web.Infrastructure.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// The provider chosen by configuration and the connection string it opens (the SQLite file's, or ConnectionStrings:ClasseCrm).
/// On PostgreSQL the app's contexts share one data source (one pool, records read as tuples, as SQLite reads a projected
/// ValueTuple's columns), built at first use and closed with the app.
/// </summary>
public sealed class DatabaseTarget(DatabaseProvider provider, string connectionString) : IDisposable
{
    private readonly Lock _lock = new();
    private NpgsqlDataSource? _dataSource;
    private bool _disposed;

    public DatabaseProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    /// <summary>The PostgreSQL data source the app's contexts open their connections from.</summary>
    public NpgsqlDataSource PostgreSqlSource
    {
        get
        {
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return _dataSource ??= BuildDataSource(ConnectionString);
            }
        }
    }

    /// <summary>
    /// The app's statements prepared on each connection after their second use, and no reset of a connection going back
    /// to the pool, unless the connection string says otherwise: PostgreSQL then parses and plans a page's queries once
    /// per connection, not at every request (docs/BENCHMARKS.md « PostgreSQL »).
    /// </summary>
    private static NpgsqlDataSource BuildDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString).EnableRecordsAsTuples();
        // The keys as written (NpgsqlConnectionStringBuilder.ContainsKey says whether a key is known, not whether it is set).
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Gives(string key) => given.ContainsKey(key) || given.ContainsKey(key.Replace(" ", "", StringComparison.Ordinal));
        if (!Gives("Max Auto Prepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        }
        if (!Gives("Auto Prepare Min Usages"))
        {
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }
        // No reset (DISCARD ALL) each time a connection goes back to the pool, 3 round trips a page: the app keeps no
        // state in a session (no SET, no temporary table; the start's advisory lock is released, the LISTEN connection
        // of InstanceNotifications is not pooled).
        if (!Gives("No Reset On Close"))
        {
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        }
        return builder.Build();
    }

    /// <summary>
    /// Closes the idle pooled connections of the app (its data source and the job storage's pool): a database can then be
    /// copied or dropped, and a connection ended by the server is not handed out again.
    /// </summary>
    public void ClearConnectionPools()
    {
        if (IsSqlite)
        {
            return;
        }
        lock (_lock)
        {
            _dataSource?.Clear();
        }
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Reads the configuration; a PostgreSQL provider without its connection string stops the start with a clear message.</summary>
    public static DatabaseTarget From(IOptions<DatabaseOptions> options, IConfiguration configuration, StoragePaths paths)
    {
        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            return new DatabaseTarget(DatabaseProvider.Sqlite, paths.ConnectionString);
        }
        var connection = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new InvalidOperationException(
                $"Database:Provider vaut PostgreSql mais ConnectionStrings:{DatabaseOptions.ConnectionStringName} est vide : renseignez la chaîne de connexion du serveur PostgreSQL.");
        }
        return new DatabaseTarget(DatabaseProvider.PostgreSql, connection);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _dataSource?.Dispose();
            _dataSource = null;
        }
    }
}
