using System.Runtime.CompilerServices;
using Forum.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Records about posts inserted in the same save (<see cref="IRecordOfNewPost"/>: a hold noted as a new post is held,
/// an automatic flag on it) are taken out of it and written right after, with the ids the posts were given, in the
/// same transaction (<see cref="FollowUpWritesInterceptor"/>).
/// </summary>
public sealed class RecordsOfNewPostsInterceptor : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, List<IRecordOfNewPost>> Waiting = new();

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
        Waiting.AddOrUpdate(context, [.. entries.Select(e => e.Entity)]);
        await FollowUpWritesInterceptor.BeginAsync(context, cancellationToken);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Waiting.TryGetValue(context, out var records))
        {
            Waiting.Remove(context);
            foreach (var record in records)
            {
                record.TakePostId();
                context.Add(record);
            }
        }
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Forget(DbContext? context)
    {
        if (context is not null)
            Waiting.Remove(context);
    }
}
