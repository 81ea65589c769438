using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// An experiment, not the app's code (CLASSECRM_BENCH_PG_VECTOR=1): what a search costs on PostgreSQL when each fiche's
/// <c>tsvector</c> is stored rather than computed from its search text at every test. The measured database is a copy
/// of the layout's given a stored generated column <c>"SearchVector"</c> (the same expression as the app's index) and
/// its GIN index in place of the expression index; the app's commands are rewritten on their way out, so that
/// <c>"ProspectSearchMatches"(x."SearchText", $n)</c> reads <c>x."SearchVector" @@ to_tsquery('simple', $n)</c>. A
/// search of a student's file walks its fiches and tests each one: computed, that test costs ~40–60 µs per fiche (the
/// text unaccented, cut by a regular expression and parsed again), stored, ~1 µs (docs/BENCHMARKS.md « PostgreSQL »).
/// </summary>
internal sealed partial class SearchVectorExperiment : DbCommandInterceptor
{
    public static bool IsOn => Environment.GetEnvironmentVariable("CLASSECRM_BENCH_PG_VECTOR") == "1";

    /// <summary>The stored column and its index, on a copy of a generated layout (the copy is what is measured).</summary>
    public static string Prepare(string layoutDatabase)
    {
        var database = layoutDatabase + "_vector";
        if (BenchPostgres.GeneratedMark(database) is null)
        {
            BenchPostgres.Drop(database);
            BenchPostgres.Copy(layoutDatabase, database);
            BenchPostgres.Execute("""
                ALTER TABLE "Prospects" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (public."ProspectSearchVector"("SearchText")) STORED;
                DROP INDEX "IX_Prospects_SearchVector";
                CREATE INDEX "IX_Prospects_SearchVector" ON "Prospects" USING GIN ("SearchVector");
                """, database, timeoutSeconds: 0);
            BenchPostgres.Execute("VACUUM (ANALYZE) \"Prospects\"", database, timeoutSeconds: 0);
            var mark = BenchPostgres.GeneratedMark(layoutDatabase)!.Split(';');
            BenchPostgres.Mark(database, mark[0], int.Parse(mark[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(mark[2], System.Globalization.CultureInfo.InvariantCulture));
        }
        return database;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Rewrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command);
        return ValueTask.FromResult(result);
    }

    private static void Rewrite(DbCommand command)
    {
        if (command.CommandText.Contains("\"ProspectSearchMatches\"", StringComparison.Ordinal))
        {
            command.CommandText = Match().Replace(command.CommandText, "$1.\"SearchVector\" @@ pg_catalog.to_tsquery('pg_catalog.simple'::pg_catalog.regconfig, $2)");
        }
    }

    [GeneratedRegex("\"ProspectSearchMatches\"\\((\\w+)\\.\"SearchText\", (\\$\\d+|@\\w+)\\)")]
    private static partial Regex Match();
}
