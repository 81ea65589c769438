using System.Globalization;
using Npgsql;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// The PostgreSQL server of the benchmarks: CLASSECRM_BENCH_POSTGRES holds its connection string without a database
/// (<c>tests/ClasseCRM.Benchmarks/postgres.sh start</c> prints it). Each layout gets a database of its own; a generated
/// layout is marked by a comment on its database, so that with CLASSECRM_BENCH_KEEP=1 a later run measures it again
/// without generating it. The server's CPU time is read from /proc (the server runs on this machine).
/// </summary>
internal static class BenchPostgres
{
    public const string Variable = "CLASSECRM_BENCH_POSTGRES";

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{Variable} is empty: start a server with tests/ClasseCRM.Benchmarks/postgres.sh start and export the line it prints.");

    public static bool Keep => Environment.GetEnvironmentVariable("CLASSECRM_BENCH_KEEP") == "1";

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    /// <summary>The mark left on a generated layout's database (« student;workspace;class »), or null when there is none.</summary>
    public static string? GeneratedMark(string database)
    {
        var mark = Scalar("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @p", database);
        return mark is string text && text.StartsWith("generated;", StringComparison.Ordinal) ? text["generated;".Length..] : null;
    }

    public static void Mark(string database, string student, int workspaceId, int classId) =>
        Execute($"COMMENT ON DATABASE \"{database}\" IS 'generated;{student};{workspaceId};{classId}'");

    public static bool Exists(string database) => Scalar("SELECT 1 FROM pg_database WHERE datname = @p", database) is not null;

    public static void Drop(string database)
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    /// <summary>A copy of a generated layout (PostgreSQL copies a database nobody is connected to).</summary>
    public static void Copy(string template, string database)
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{template}' AND pid <> pg_backend_pid()");
        Execute($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"");
    }

    /// <summary>The database's size on disk, in MB.</summary>
    public static double SizeMb(string database) =>
        Convert.ToDouble(Scalar("SELECT pg_database_size(@p)", database), CultureInfo.InvariantCulture) / 1024 / 1024;

    /// <summary>
    /// The CPU time the server has used so far: the postmaster's own and that of its children that ended (cutime, cstime),
    /// plus that of its children alive (the backends of the pools, the checkpointer, autovacuum…).
    /// </summary>
    public static Func<TimeSpan> CpuReader()
    {
        var backend = Convert.ToInt32(Scalar("SELECT pg_backend_pid()", null), CultureInfo.InvariantCulture);
        var postmaster = Stat(backend)?.Parent ?? throw new InvalidOperationException("The PostgreSQL server does not run on this machine: its CPU time cannot be read.");
        return () =>
        {
            long ticks = 0;
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(folder), out var pid) && Stat(pid) is { } stat && (pid == postmaster || stat.Parent == postmaster))
                {
                    ticks += stat.Ticks + (pid == postmaster ? stat.ChildTicks : 0);
                }
            }
            return TimeSpan.FromSeconds(ticks / 100.0);
        };
    }

    private static (int Parent, long Ticks, long ChildTicks)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        // Fields after the command's closing parenthesis: state, ppid (4th field of the file), … utime (14), stime,
        // cutime, cstime, in clock ticks (USER_HZ, 100 on Linux).
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return ((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
    }

    private static object? Scalar(string sql, string? parameter)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("p", parameter);
        }
        return command.ExecuteScalar();
    }

    public static void Execute(string sql, string database = "postgres", int timeoutSeconds = 30)
    {
        using var connection = new NpgsqlConnection(ConnectionString(database));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = timeoutSeconds };
        command.ExecuteNonQuery();
    }
}
