using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// Something outside the database (a Hangfire job) that follows what a save writes: it looks at the changes just before
/// they are saved and says what to do once they are committed. <see cref="AfterCommitInterceptor"/> runs it after the
/// commit — never for rows that were rolled back, never before another connection can read them.
/// </summary>
public interface ICommitFollower
{
    /// <summary>What the tracked changes about to be saved ask for once committed, or null when they ask nothing.</summary>
    Func<CancellationToken, Task>? Collect(DbContext context);
}
