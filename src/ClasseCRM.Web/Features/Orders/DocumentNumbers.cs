using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;

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
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO DocumentCounters (WorkspaceId, Kind, Year, Last) VALUES ({workspaceId}, {kind}, {year}, 0) ON CONFLICT DO NOTHING", ct);
        var next = (await db.Database.SqlQuery<int>(
            $"UPDATE DocumentCounters SET Last = Last + 1 WHERE WorkspaceId = {workspaceId} AND Kind = {kind} AND Year = {year} RETURNING Last AS Value").ToListAsync(ct)).Single();
        return $"{kind}-{year}-{next:0000}";
    }
}
