using System.Runtime.CompilerServices;
using Forum.Infrastructure.Caching;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Persistence;

/// <summary>Something to do once a write is committed, such as dropping what was cached from before it.</summary>
public interface ICommitObserver
{
    ValueTask WriteCommittedAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Tells every <see cref="ICommitObserver"/> once a write has committed: after a save in its own implicit
/// transaction, or when an explicit transaction commits. Every write of the forum goes through SaveChanges. Where
/// nodes share Redis, the other nodes are told too (<see cref="CommitsOfEveryNode"/>), before the write's response leaves.
/// A save of records no page shows (an email marked sent, a data-protection key, a queued announcement or search refresh) tells no one: the outbox sending
/// every few seconds would otherwise drop every cached page each time.
/// </summary>
public sealed class CommittedWriteInterceptor(IEnumerable<ICommitObserver> observers, CommitsOfEveryNode? everyNode = null) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>What a context's saves since it last told anyone have written: something a page shows, or only the rest.</summary>
    private sealed class Written
    {
        public bool Shown;
        public bool Unseen;

        public void Forget() => Shown = Unseen = false;
    }

    private static readonly ConditionalWeakTable<DbContext, Written> WrittenBy = [];

    private static bool NoPageShows(object entity) => entity is OutboxMessage or DataProtectionKey or Announcement or SearchRefresh;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var written = WrittenBy.GetOrCreateValue(context);
            if (context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !NoPageShows(e.Entity)))
                written.Shown = true;
            else
                written.Unseen = true;
        }
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    // A save of several statements commits its own transaction first (told there); one of a single statement, here.
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && WrittenBy.TryGetValue(context, out var written))
        {
            var tell = result > 0 && written.Shown;
            written.Forget();
            if (tell)
                await NotifyAsync(cancellationToken);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && WrittenBy.TryGetValue(context, out var written))
            written.Forget();
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    // A transaction that wrote only through ExecuteUpdate/ExecuteDelete (no save) is told too: nothing says what it changed.
    public async Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var written = eventData.Context is { } context ? WrittenBy.GetOrCreateValue(context) : null;
        var tell = written is null || written.Shown || !written.Unseen;
        written?.Forget();
        if (tell)
            await NotifyAsync(cancellationToken);
    }

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && WrittenBy.TryGetValue(context, out var written))
            written.Forget();
        return Task.CompletedTask;
    }

    private async ValueTask NotifyAsync(CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
            await observer.WriteCommittedAsync(cancellationToken);
        if (everyNode is not null)
            await everyNode.PublishAsync();
    }
}
