using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// A number per workspace that changes whenever one of its fiches or contacts is saved, once the change is committed:
/// search results remembered under the old number are never read again (<see cref="ProspectService"/>). Every write to
/// prospects and contacts goes through <c>SaveChanges</c>, which this interceptor watches; a save inside an explicit
/// transaction counts when the transaction ends. The numbers live in this process: on PostgreSQL, where several app
/// instances may share the database, results are not remembered at all (<see cref="Remembers"/>).
/// </summary>
public sealed class ProspectFileVersions(DatabaseTarget target) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConcurrentDictionary<int, long> _versions = new();
    private readonly ConditionalWeakTable<DbContext, HashSet<int>> _pending = [];

    public long Current(int workspaceId) => _versions.GetValueOrDefault(workspaceId);

    /// <summary>
    /// Whether results may be remembered from one request to the next: only with one app instance (SQLite), since a
    /// change saved by another instance would not change this one's numbers.
    /// </summary>
    public bool Remembers => target.IsSqlite;

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
        PublishUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        PublishUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // A failed save may still have written part of its rows in an outer transaction: counting it changed is harmless.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => PublishUnlessInTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        PublishUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Publish(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Publish(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Counts what a context still holds when it is rented again from the pool (a transaction disposed without an end
    /// event): a version too many only forgets remembered results, one too few would serve stale ones.
    /// </summary>
    public void Release(DbContext context) => Publish(context);

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity is Prospect or Contact)
            {
                _pending.GetValue(context, _ => []).Add(((IWorkspaceOwned)entry.Entity).WorkspaceId);
            }
        }
    }

    private void PublishUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Publish(context);
        }
    }

    private void Publish(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var workspaces))
        {
            return;
        }
        _pending.Remove(context);
        foreach (var workspaceId in workspaces)
        {
            _versions.AddOrUpdate(workspaceId, 1, (_, version) => version + 1);
        }
    }
}
