using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Records about posts inserted in the same save (<see cref="IRecordOfNewPost"/>: a hold noted as a new post is held,
/// an automatic flag on it) are taken out of it and written right after, with the ids the posts were given, in the
/// same transaction (<see cref="FollowUpWritesInterceptor"/>).
/// </summary>
public sealed class RecordsOfNewPostsInterceptor : PendingUntilSavedInterceptor<List<IRecordOfNewPost>>
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context)
            return result;
        var entries = context.ChangeTracker.Entries<IRecordOfNewPost>().Where(e => e.State == EntityState.Added && e.Entity.AwaitsPostId).ToList();
        if (entries.Count == 0)
            return result;
        foreach (var entry in entries)
            entry.State = EntityState.Detached;
        Keep(context, [.. entries.Select(e => e.Entity)]);
        await FollowUpWritesInterceptor.BeginAsync(context, cancellationToken);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && TryTake(context, out var records))
        {
            foreach (var record in records)
            {
                record.TakePostId();
                context.Add(record);
            }
        }
        return ValueTask.FromResult(result);
    }
}
