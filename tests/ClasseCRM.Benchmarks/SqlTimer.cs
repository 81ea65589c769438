using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// Times SQL statements on a kept benchmark database with the SQLite the app ships (the system's sqlite3 may be an
/// older version that plans differently): <c>sqltime &lt;database&gt; &lt;file&gt; [threads]</c>. The file holds statements separated by
/// blank lines, each optionally preceded by a <c>-- name</c> line; <c>$sys</c>, <c>$ids</c> and <c>$m</c> are bound to a
/// student's access scope (workspace 1) and to a search for "le roux"; see <c>Command</c> for the others ($ws, $dept, $rare…). Prints each plan and its mean time over 200 runs.
/// </summary>
internal static class SqlTimer
{
    public static void Run(string database, string file, int threads)
    {
        using var connection = Open(database);
        Console.WriteLine($"SQLite {connection.ServerVersion}, {threads} thread(s)");
        foreach (var block in File.ReadAllText(file).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = block.Split('\n');
            var name = lines[0].StartsWith("--", StringComparison.Ordinal) ? lines[0][2..].Trim() : "";
            var sql = string.Join('\n', lines.Where(l => !l.StartsWith("--", StringComparison.Ordinal)));
            using var command = Command(connection, "EXPLAIN QUERY PLAN " + sql);
            using (var reader = command.ExecuteReader())
            {
                Console.WriteLine($"== {name}");
                while (reader.Read())
                {
                    Console.WriteLine($"   {reader.GetString(3)}");
                }
            }
            command.CommandText = sql;
            var rows = 0;
            for (var i = 0; i < 10; i++)
            {
                rows = Execute(command);
            }
            // Each thread its own connection, as the app's concurrent requests have.
            const int runs = 200;
            var connections = Enumerable.Range(0, threads).Select(_ => Open(database)).ToList();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            Parallel.ForEach(connections, new ParallelOptions { MaxDegreeOfParallelism = threads }, c =>
            {
                using var own = Command(c, sql);
                for (var i = 0; i < runs; i++)
                {
                    Execute(own);
                }
            });
            var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (runs * threads);
            var perSecond = runs * threads / wall.Elapsed.TotalSeconds;
            // The same with a new command each time, as EF Core runs them: the statement is prepared at every run.
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            Parallel.ForEach(connections, new ParallelOptions { MaxDegreeOfParallelism = threads }, c =>
            {
                for (var i = 0; i < runs; i++)
                {
                    using var fresh = Command(c, sql);
                    Execute(fresh);
                }
            });
            var prepared = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (runs * threads);
            connections.ForEach(c => c.Dispose());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {rows} rows, {ms:F3} ms CPU per run ({prepared:F3} ms when prepared each time), {perSecond:F0} runs/s"));
        }
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA mmap_size = 268435456;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$sys", 0);
        command.Parameters.AddWithValue("$ids", "[1]");
        command.Parameters.AddWithValue("$m", "\"le\"* \"roux\"*");
        command.Parameters.AddWithValue("$status", 1);
        command.Parameters.AddWithValue("$potential", 0);
        command.Parameters.AddWithValue("$dept", "35");
        command.Parameters.AddWithValue("$ws", 1);
        command.Parameters.AddWithValue("$take", 25);
        command.Parameters.AddWithValue("$take1001", 1001);
        command.Parameters.AddWithValue("$skip", 0);
        // The list's filters on rare values (issue 15): a département, a NAF section, a town, a page far down.
        command.Parameters.AddWithValue("$rare", "2A");
        command.Parameters.AddWithValue("$section", "C");
        command.Parameters.AddWithValue("$town", "Ajaccio");
        command.Parameters.AddWithValue("$a1", "AJACCIO");
        command.Parameters.AddWithValue("$b1", "Ajaccio");
        command.Parameters.AddWithValue("$a2", "aJACCIO");
        command.Parameters.AddWithValue("$b2", "ajaccio");
        command.Parameters.AddWithValue("$far", 75000);
        return command;
    }

    private static int Execute(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }
        return rows;
    }
}
