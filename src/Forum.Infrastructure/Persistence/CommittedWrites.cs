using Forum.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
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
/// </summary>
internal sealed class CommittedWriteInterceptor(IEnumerable<ICommitObserver> observers, CommitsOfEveryNode? everyNode = null) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0 && eventData.Context?.Database.CurrentTransaction is null)
            await NotifyAsync(cancellationToken);
        return result;
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        NotifyAsync(cancellationToken).AsTask();

    private async ValueTask NotifyAsync(CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
            await observer.WriteCommittedAsync(cancellationToken);
        if (everyNode is not null)
            await everyNode.PublishAsync();
    }
}
