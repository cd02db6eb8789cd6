using System.Data.Common;
using System.Runtime.CompilerServices;
using Forum.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Wakes the <see cref="FollowUpWorker"/> once a save that queued follow-up work (an announcement, a search refresh) has
/// committed: right after a save in its own transaction, or when the unit of work's transaction commits; never for a
/// save that failed or was rolled back.
/// </summary>
public sealed class FollowUpWorkInterceptor(FollowUpSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Queued = new();
    private readonly ConditionalWeakTable<DbContext, object> awaitingCommit = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context &&
            context.ChangeTracker.Entries().Any(e => e.State == EntityState.Added && e.Entity is Announcement or SearchRefresh))
            awaitingCommit.AddOrUpdate(context, Queued);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
            RaiseIfQueued(context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            awaitingCommit.Remove(context);
        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            RaiseIfQueued(context);
        return Task.CompletedTask;
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            awaitingCommit.Remove(context);
        return Task.CompletedTask;
    }

    private void RaiseIfQueued(DbContext context)
    {
        if (awaitingCommit.Remove(context))
            signal.Raise();
    }
}
