using ClasseCRM.Web.Data;
using ClasseCRM.Web.Infrastructure.Data;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>
/// Numbering without gaps per workspace, kind (DEV, BC, FA, AV) and year. The next number is taken inside the caller's
/// transaction, and the counter row is written first (SQLite then holds the write lock; PostgreSQL locks the row), so
/// two requests never get the same number, and a number is only used if the document is saved with it: a transaction
/// rolled back gives its number back.
/// </summary>
public sealed class DocumentNumbers(AppDbContext db)
{
    public async Task<string> NextAsync(int workspaceId, string kind, int year, CancellationToken ct)
    {
        var next = await DocumentCounterSql.NextAsync(db, workspaceId, kind, year, ct);
        return $"{kind}-{year}-{next:0000}";
    }
}
