using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClasseCRM.Web.Infrastructure.Hosting;

/// <summary>
/// Sets the per-connection SQLite settings (DESIGN.md performance notes): a busy timeout so a class saving at once
/// waits instead of failing, NORMAL sync (safe with WAL), and memory-mapped reads.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 268435456;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
