using ClasseCRM.Web.Infrastructure.Data;
using Npgsql;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>
/// The integration tests on PostgreSQL (<c>./test.sh --postgres</c>): the variable CLASSECRM_TEST_POSTGRES holds the
/// throwaway server's connection string (no database), and each test app gets a database of its own, copied from the
/// seeded template of its situation with <c>CREATE DATABASE … TEMPLATE …</c> (see <see cref="DemoTemplate"/>).
/// Without the variable the tests run on SQLite files, as always.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "CLASSECRM_TEST_POSTGRES";

    public static string? Server { get; } = ReadServer();

    public static bool IsOn => Server is not null;

    /// <summary>One database per data folder: an app restarted on the same folder (a restart test) finds its database again.</summary>
    public static string DatabaseNameFor(string dataDirectory) =>
        "t_" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(dataDirectory)))[..32].ToLowerInvariant();

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    public static bool Exists(string database)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>A new database, copy of <paramref name="template"/> (which nobody uses once made).</summary>
    public static void Copy(string template, string database) =>
        Execute($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"");

    /// <summary>
    /// Copies a running app's database just after it seeded: its idle pooled connections (its data source's and the job
    /// storage's) are closed first; any left are ended and the pools cleared again, since PostgreSQL copies only a
    /// database nobody is connected to and an ended connection must not be handed out again.
    /// </summary>
    public static void Snapshot(DatabaseTarget app, string template)
    {
        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;
        app.ClearConnectionPools();
        try
        {
            Copy(database, template);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse)
        {
            Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()");
            app.ClearConnectionPools();
            Copy(database, template);
        }
    }

    /// <summary>Drops a test app's database once the app is gone (WITH FORCE: a connection left behind does not stop it).</summary>
    public static void Drop(string appConnectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(appConnectionString).Database!;
        using (var pooled = new NpgsqlConnection(appConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        Execute($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static string? ReadServer()
    {
        // As the app does (DatabaseSetup): Npgsql reads the switch once, and the tests use Npgsql before the app starts.
        AppContext.SetSwitch("Npgsql.EnableLegacyTimestampBehavior", true);
        return Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;
    }

    private static NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        return connection;
    }

    private static void Execute(string sql)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
