using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Writes that follow a save in its transaction once the rows it inserted have their ids: the records about new posts,
/// the search refreshes of new questions and the FAQ's search documents. The interceptors that make them call <see cref="BeginAsync"/> while the save is prepared
/// (a transaction is opened unless the caller's is open) and add their rows once it is done; this interceptor,
/// registered after them, then saves those rows and commits, so that a post and what follows it are written together
/// or not at all.
/// </summary>
public sealed class FollowUpWritesInterceptor : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, FollowUp> Pending = new();

    private sealed class FollowUp(IDbContextTransaction? owned)
    {
        public IDbContextTransaction? Owned { get; } = owned;
        public bool Writing { get; set; }
    }

    /// <summary>Announces rows to write after the save that <paramref name="context"/> is preparing.</summary>
    public static async Task BeginAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (Pending.TryGetValue(context, out _))
            return;
        var owned = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
        Pending.AddOrUpdate(context, new FollowUp(owned));
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // The save of the follow-up rows passes here too: it is the one marked Writing.
        if (eventData.Context is not ForumDbContext db || !Pending.TryGetValue(db, out var followUp) || followUp.Writing)
            return result;
        followUp.Writing = true;
        // Always saved: the rows written by the interceptors before this one may be tracked ones they changed, which
        // only the save detects; a save with nothing to write sends nothing.
        await db.SaveFollowUpWritesAsync(cancellationToken);
        Pending.Remove(db);
        if (followUp.Owned is { } transaction)
        {
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context);

    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await AbandonAsync(eventData.Context);
        return result;
    }

    /// <summary>The save failed: the transaction opened for it is rolled back, with whatever it wrote.</summary>
    private static async Task AbandonAsync(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var followUp))
            return;
        Pending.Remove(context);
        if (followUp.Owned is { } transaction)
            await transaction.DisposeAsync();
    }
}
