using System.Text;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

/// <summary>
/// The plan the database chooses for a query, on the provider the tests run on: SQLite's <c>EXPLAIN QUERY PLAN</c>
/// (its details, one per line), or PostgreSQL's <c>EXPLAIN</c> with sequential scans and sorts priced out
/// (<c>enable_seqscan</c>, <c>enable_sort</c> off, in a transaction rolled back): on a test-sized table PostgreSQL would
/// rightly read the table whole, so the plan tells whether an index CAN serve the query, which is what a test asks.
/// </summary>
internal static class QueryPlan
{
    public static bool OnPostgreSql => TestPostgres.IsOn;

    public static async Task<string> OfAsync<T>(AppDbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var transaction = OnPostgreSql ? await db.Database.BeginTransactionAsync() : null;
            if (OnPostgreSql)
            {
                await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off; SET LOCAL enable_sort = off;");
                command.Transaction = transaction!.GetDbTransaction();
            }
            command.CommandText = (OnPostgreSql ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
            var plan = new StringBuilder();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.AppendLine(reader.GetString(OnPostgreSql ? 0 : 3));
                }
            }
            return plan.ToString();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The plan reads an index whose name starts with <paramref name="indexName"/> in the query's order: nothing is
    /// sorted, on either provider.
    /// </summary>
    public static void AssertReadInOrderFrom(string plan, string indexName)
    {
        if (OnPostgreSql)
        {
            Assert.Matches($"Index (Only )?Scan (Backward )?using \"?{indexName}", plan);
            Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(plan.Contains($"INDEX {indexName}", StringComparison.Ordinal), plan);
            Assert.False(plan.Contains("USE TEMP B-TREE", StringComparison.Ordinal), plan);
        }
    }
}
