using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// The write failures worth trying again outside an explicit transaction: SQLite's SQLITE_BUSY/LOCKED (a whole class saving
/// at once on one file) and PostgreSQL's serialization failure or deadlock (40001, 40P01: one of two writers is chosen to fail).
/// </summary>
public static class TransientWriteErrors
{
    public const int MaxAttempts = 3;

    public static bool IsRetryable(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException { SqliteErrorCode: 5 or 6 } => true,
        PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } => true,
        _ => false,
    };
}
