using ClasseCRM.Web.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>The provider chosen by configuration and the connection string it opens (the SQLite file's, or ConnectionStrings:ClasseCrm).</summary>
public sealed class DatabaseTarget(DatabaseProvider provider, string connectionString)
{
    public DatabaseProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

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
}
