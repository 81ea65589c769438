using System.Linq.Expressions;
using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// A query compiled both ways, its rows read the way the provider reads them best: synchronously on SQLite, whose driver
/// does the work of its async methods synchronously (enumerating asynchronously only adds EF's and the runtime's async
/// machinery to every row: 8 % of a search page's CPU, docs/BENCHMARKS.md « Eighteenth session »); asynchronously on
/// PostgreSQL, whose reads wait on the network.
/// </summary>
public sealed class CompiledRows<TParam, TResult>(Expression<Func<AppDbContext, TParam, IQueryable<TResult>>> query)
{
    private readonly Func<AppDbContext, TParam, IEnumerable<TResult>> sync = EF.CompileQuery(query);
    private readonly Func<AppDbContext, TParam, IAsyncEnumerable<TResult>> async = EF.CompileAsyncQuery(query);

    public async Task<List<TResult>> ListAsync(AppDbContext db, TParam param, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            ct.ThrowIfCancellationRequested();
            return sync(db, param).ToList();
        }
        return await async(db, param).ToListAsync(ct);
    }
}
