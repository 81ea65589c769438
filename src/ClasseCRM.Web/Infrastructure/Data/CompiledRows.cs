using System.Linq.Expressions;
using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// A query compiled both ways, its rows read the way the provider reads them best: synchronously on SQLite, whose driver
/// does the work of its async methods synchronously (enumerating asynchronously only adds EF's and the runtime's async
/// machinery to every row: 4–8 % of a page's CPU, docs/BENCHMARKS.md « Eighteenth session »); asynchronously on
/// PostgreSQL, whose reads wait on the network. The request's token is checked at every row either way.
/// </summary>
public sealed class CompiledRows<TParam, TResult>(Expression<Func<AppDbContext, TParam, IQueryable<TResult>>> query)
{
    private readonly Func<AppDbContext, TParam, IEnumerable<TResult>> sync = EF.CompileQuery(query);
    private readonly Func<AppDbContext, TParam, IAsyncEnumerable<TResult>> async = EF.CompileAsyncQuery(query);

    public async Task<List<TResult>> ListAsync(AppDbContext db, TParam param, CancellationToken ct) =>
        SynchronousReads.Apply(db) ? SynchronousReads.Read(sync(db, param), ct) : await async(db, param).ToListAsync(ct);
}

/// <summary>When and how <see cref="CompiledRows{TParam, TResult}"/> and the SQLite-only compiled queries read synchronously.</summary>
public static class SynchronousReads
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>Whether the context's provider is SQLite (compared by name: <c>IsSqlite()</c> builds an assembly name at each call).</summary>
    public static bool Apply(AppDbContext db) => db.Database.ProviderName == SqliteProvider;

    /// <summary>The rows of a synchronous query, the request's token checked before each.</summary>
    public static List<T> Read<T>(IEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        ct.ThrowIfCancellationRequested();
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            list.Add(row);
        }
        return list;
    }
}
