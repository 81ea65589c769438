using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// The one « enqueue after commit » idiom: what each <see cref="ICommitFollower"/> collects from a save runs once the
/// save is committed — when the save ends for a save on its own (EF commits its own transaction before it has given
/// the new rows their keys), when the transaction commits for a save inside one, not at all after a rollback. The
/// user's action is committed by then: a follower's failure (the job storage busy) is logged, never thrown at the
/// user; the recurring sweeps deliver what a lost job would have.
/// </summary>
public sealed class AfterCommitInterceptor(IEnumerable<ICommitFollower> followers, ILogger<AfterCommitInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object OnItsOwn = new();
    private readonly ICommitFollower[] _followers = followers.ToArray();
    private readonly ConditionalWeakTable<DbContext, List<Func<CancellationToken, Task>>> _pending = [];
    private readonly ConditionalWeakTable<DbContext, object> _savingOnItsOwn = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (EndSaveOnItsOwn(eventData.Context))
        {
            RunAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (EndSaveOnItsOwn(eventData.Context))
        {
            await RunAsync(eventData.Context, cancellationToken);
        }
        return result;
    }

    // A save that fails on its own rolled its rows back; inside a transaction, the rollback that follows forgets them.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetSaveOnItsOwn(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetSaveOnItsOwn(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (!IsSavingOnItsOwn(eventData.Context))
        {
            RunAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        IsSavingOnItsOwn(eventData.Context) ? Task.CompletedTask : RunAsync(eventData.Context, cancellationToken);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        if (context.Database.CurrentTransaction is null)
        {
            _savingOnItsOwn.AddOrUpdate(context, OnItsOwn);
        }
        foreach (var follower in _followers)
        {
            if (follower.Collect(context) is { } work)
            {
                _pending.GetValue(context, _ => []).Add(work);
            }
        }
    }

    /// <summary>
    /// Drops what a context still holds when it is rented again from the pool: work of a transaction that was disposed
    /// without committing (no rollback event) must never run on a later request's commit.
    /// </summary>
    public void Release(DbContext context)
    {
        _pending.Remove(context);
        _savingOnItsOwn.Remove(context);
    }

    private bool IsSavingOnItsOwn(DbContext? context) => context is not null && _savingOnItsOwn.TryGetValue(context, out _);

    private bool EndSaveOnItsOwn(DbContext? context) => context is not null && _savingOnItsOwn.Remove(context);

    private void ForgetSaveOnItsOwn(DbContext? context)
    {
        if (EndSaveOnItsOwn(context))
        {
            Forget(context);
        }
    }

    private async Task RunAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null || !_pending.TryGetValue(context, out var work))
        {
            return;
        }
        _pending.Remove(context);
        foreach (var run in work)
        {
            try
            {
                await run(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Tâche à planifier après l'enregistrement : échec ; le balayage périodique la reprendra");
            }
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
