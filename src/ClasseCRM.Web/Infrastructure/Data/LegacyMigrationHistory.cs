using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// The 37 migrations made before the first release were replaced by one initial migration per provider (issue 20). A
/// SQLite file made by that old chain already has the schema the initial migration creates: when its history ends with
/// the old chain's last migration, the history is rewritten to name the initial migration instead (one transaction, no
/// table touched, no data lost), and the later migrations apply as usual. A file stopped part-way through the old chain
/// cannot be brought up to date by this version: the start stops with a message saying so.
/// </summary>
public static class LegacyMigrationHistory
{
    /// <summary>The old chain's last migration (the schema the SQLite initial migration reproduces).</summary>
    public static readonly IReadOnlyList<string> LastOfOldChain = ["20261130053711_PairRolePlay"];

    /// <summary>Rewrites the history of a database made by the old chain; true when it did.</summary>
    public static async Task<bool> RewriteAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return false;
        }
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(ct))
        {
            return false;
        }
        var known = db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).ToList();
        var applied = await history.GetAppliedMigrationsAsync(ct);
        if (applied.Count == 0 || applied.Any(a => known.Contains(a.MigrationId)))
        {
            return false;
        }
        if (!applied.Any(a => LastOfOldChain.Contains(a.MigrationId)))
        {
            throw new InvalidOperationException(
                $"La base a été créée par une version antérieure de ClasseCRM et n'est pas à jour (dernière migration : {applied[^1].MigrationId}). Démarrez d'abord la version précédente pour la mettre à jour, puis celle-ci.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var row in applied)
        {
            await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(row.MigrationId), ct);
        }
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(known[0], applied[^1].ProductVersion)), ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
