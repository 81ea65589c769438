using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// The two statements of gap-free numbering (see Features/Orders/DocumentNumbers): create the counter row if missing, then
/// add one and read it back in the same statement. The row is written first, so SQLite holds the write lock and PostgreSQL
/// the row's lock until the caller's transaction ends. Both providers know <c>ON CONFLICT DO NOTHING</c> and
/// <c>RETURNING</c>; the table and column names come from the model, quoted by the provider (PostgreSQL folds unquoted
/// names to lower case).
/// </summary>
public static class DocumentCounterSql
{
    public static async Task<int> NextAsync(AppDbContext db, int workspaceId, string kind, int year, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(DocumentCounter))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var name = sql.DelimitIdentifier(table.Name, table.Schema);
        var (w, k, y, last) = (Column(nameof(DocumentCounter.WorkspaceId)), Column(nameof(DocumentCounter.Kind)),
            Column(nameof(DocumentCounter.Year)), Column(nameof(DocumentCounter.Last)));
        object[] values = [workspaceId, kind, year];
        // Only names from the model, quoted, are written into the text; the values are parameters.
        var insert = $"INSERT INTO {name} ({w}, {k}, {y}, {last}) VALUES ({{0}}, {{1}}, {{2}}, 0) ON CONFLICT DO NOTHING";
        var update = $"UPDATE {name} SET {last} = {last} + 1 WHERE {w} = {{0}} AND {k} = {{1}} AND {y} = {{2}} RETURNING {last} AS {sql.DelimitIdentifier("Value")}";
        await db.Database.ExecuteSqlRawAsync(insert, values, ct);
        var next = await db.Database.SqlQueryRaw<int>(update, values).ToListAsync(ct);
        return next.Single();
    }
}
