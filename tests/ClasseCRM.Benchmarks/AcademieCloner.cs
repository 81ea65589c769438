using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// Makes an académie from a generated school-year layout in SQL, as generating 2 million organisations through the app
/// would take hours: the school's teachers, students, classes, workspaces, fiches, contacts and search vocabulary are
/// copied <c>copies</c> times with <c>INSERT … SELECT … CROSS JOIN generate_series</c>, each copy's integer ids shifted
/// by the table's largest id, its users given new ids (an md5 of the old id and the copy's number, as a uuid) and names
/// (« bench1.e7 »); each copy is an établissement (a row of <c>Schools</c>) owning its accounts and classes. Foreign keys and triggers are not checked while copying (<c>session_replication_role = replica</c>:
/// the copies are consistent by construction, and the vocabulary is copied rather than rebuilt by the trigger); the
/// copied tables' secondary indexes are dropped first and built again after, then everything is vacuumed and analysed
/// (the list's index-only scans need the visibility map that a vacuum writes).
/// </summary>
internal static class AcademieCloner
{
    /// <summary>The copied tables in their order; the reference data (scenarios, roles) is shared by every school.</summary>
    private static readonly string[] Tables = ["Schools", "AspNetUsers", "AspNetUserRoles", "Classes", "Enrollments", "Workspaces", "WorkspaceMembers", "Prospects", "Contacts", "SearchWords"];

    /// <summary>The benchmark's own users (the administrator the app may create is not copied).</summary>
    private const string BenchUsers = "(\"UserName\" LIKE 'bench%' OR \"UserName\" LIKE 'prof.bench%')";

    /// <summary>Returns the mark of the layout (student, workspace, class of the last copy: the one measured).</summary>
    public static string Clone(string database, string schoolMark, int copies)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new NpgsqlConnection(BenchPostgres.ConnectionString(database));
        connection.Open();
        Run(connection, "SET session_replication_role = replica; SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 2;");
        var offsets = new Dictionary<string, long>();
        foreach (var table in new[] { "Schools", "Classes", "Workspaces", "Prospects", "Contacts", "Enrollments", "WorkspaceMembers" })
        {
            offsets[table] = Convert.ToInt64(Scalar(connection, $"SELECT coalesce(max(\"Id\"), 0) FROM \"{table}\""), CultureInfo.InvariantCulture);
        }
        var indexes = new List<string>();
        foreach (var table in new[] { "Prospects", "Contacts", "SearchWords" })
        {
            indexes.AddRange(SecondaryIndexes(connection, table));
        }
        foreach (var index in indexes)
        {
            Run(connection, $"DROP INDEX \"{index.Split('"')[1]}\"");
        }
        foreach (var table in Tables)
        {
            var columns = Columns(connection, table);
            var where = table switch
            {
                "AspNetUsers" => $"WHERE {BenchUsers}",
                "AspNetUserRoles" => $"WHERE \"UserId\" IN (SELECT \"Id\" FROM \"AspNetUsers\" WHERE {BenchUsers})",
                _ => "",
            };
            var select = string.Join(", ", columns.Select(c => Copied(table, c, offsets)));
            var rows = Run(connection, $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {select} FROM \"{table}\" CROSS JOIN generate_series(1, {copies}) AS k {where}");
            Console.WriteLine($"  {table}: {rows:N0} rows copied ({watch.Elapsed.TotalSeconds:F0} s)");
        }
        foreach (var index in indexes)
        {
            Run(connection, index);
            Console.WriteLine($"  {index.Split('"')[1]} built again ({watch.Elapsed.TotalSeconds:F0} s)");
        }
        foreach (var table in offsets.Keys)
        {
            Run(connection, $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT max(\"Id\") FROM \"{table}\"))");
        }
        Run(connection, "RESET session_replication_role");
        Run(connection, "VACUUM (ANALYZE)");
        Console.WriteLine($"  {copies} copies of the school, vacuumed and analysed in {watch.Elapsed.TotalSeconds:F0} s, {BenchPostgres.SizeMb(database):F0} MB");

        var parts = schoolMark.Split(';');
        var (workspace, schoolClass) = (int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        var student = $"{parts[0]}.e{copies}";
        BenchPostgres.Mark(database, student, workspace + (int)(copies * offsets["Workspaces"]), schoolClass + (int)(copies * offsets["Classes"]));
        return BenchPostgres.GeneratedMark(database)!;
    }

    /// <summary>The expression of a column in the k-th copy.</summary>
    private static string Copied(string table, string column, Dictionary<string, long> offsets)
    {
        string Shift(string of) => $"\"{column}\" + k * {offsets[of]}";
        string NewUser() => $"md5(\"{column}\" || '-' || k)::uuid::text";
        return (table, column) switch
        {
            ("AspNetUsers", "Id") => NewUser(),
            ("AspNetUsers", "UserName" or "Email") => $"\"{column}\" || '.e' || k",
            ("AspNetUsers", "NormalizedUserName" or "NormalizedEmail") => $"\"{column}\" || '.E' || k",
            (_, "UserId" or "StudentId" or "TeacherId") => NewUser(),
            ("Classes", "Name") => $"\"Name\" || ' — établissement ' || (k + 1)",
            // Each copy is an établissement of its own, with a UAI that passes the check (digits 0990000 + k, its letter).
            ("Schools", "Name") => $"\"Name\" || ' — copie ' || k",
            ("Schools", "Uai") => "lpad((990000 + k)::text, 7, '0') || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (990000 + k) % 23 + 1, 1)",
            (_, "SchoolId") => Shift("Schools"),
            (_, "Id") => Shift(table),
            (_, "WorkspaceId") => Shift("Workspaces"),
            (_, "ClassId") => Shift("Classes"),
            (_, "ProspectId") => Shift("Prospects"),
            _ => $"\"{column}\"",
        };
    }

    /// <summary>The columns a copy writes: a generated one (the stored search vector) is computed again by PostgreSQL.</summary>
    private static List<string> Columns(NpgsqlConnection connection, string table)
    {
        using var command = new NpgsqlCommand("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @t AND is_generated = 'NEVER' ORDER BY ordinal_position", connection);
        command.Parameters.AddWithValue("t", table);
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }
        return columns;
    }

    /// <summary>The definitions of a table's indexes that no constraint owns (the primary key stays).</summary>
    private static List<string> SecondaryIndexes(NpgsqlConnection connection, string table)
    {
        using var command = new NpgsqlCommand("""
            SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i
            WHERE i.indrelid = format('%I', @t::text)::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """, connection);
        command.Parameters.AddWithValue("t", table);
        using var reader = command.ExecuteReader();
        var definitions = new List<string>();
        while (reader.Read())
        {
            definitions.Add(reader.GetString(0));
        }
        return definitions;
    }

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    private static int Run(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return command.ExecuteNonQuery();
    }
}
