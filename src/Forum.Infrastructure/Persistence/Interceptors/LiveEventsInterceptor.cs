using System.Data.Common;
using System.Runtime.CompilerServices;
using Forum.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Tells the open pages about what a save changed (<see cref="LiveChanges"/> decides who hears what), once it is
/// committed: a save in its own transaction right after it, one inside a longer transaction when that commits, and
/// nothing when it rolls back. Every write of the forum goes through SaveChanges, so no use case has to remember to.
/// </summary>
public sealed class LiveEventsInterceptor(IEnumerable<ILiveUpdates> publishers, ILogger<LiveEventsInterceptor> logger)
    : PendingUntilSavedInterceptor<List<LiveEventsInterceptor.Change>>, IDbTransactionInterceptor
{
    public sealed record Change(object Entity, bool Added, IReadOnlySet<string> Modified);

    private static readonly IReadOnlySet<string> Nothing = new HashSet<string>();
    private readonly ConditionalWeakTable<DbContext, List<LiveEvent>> awaitingCommit = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && publishers.Any())
        {
            var changes = context.ChangeTracker.Entries()
                .Where(e => e.State is EntityState.Added or EntityState.Modified &&
                            e.Entity is Question or Answer or Flag or ModerationAction or Notification)
                .Select(e => new Change(e.Entity, e.State == EntityState.Added, e.State == EntityState.Added ? Nothing : ModifiedProperties(e)))
                .ToList();
            // A save made while another one completes (the rows that follow a post) adds to what that one noted.
            if (TryTake(context, out var earlier))
                changes.InsertRange(0, earlier);
            if (changes.Count > 0)
                Keep(context, changes);
        }
        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ForumDbContext db || !TryTake(db, out var changes))
            return result;
        var events = new List<LiveEvent>();
        foreach (var change in changes)
            events.AddRange(await EventsOfAsync(db, change, cancellationToken));
        if (events.Count == 0)
            return result;
        if (db.Database.CurrentTransaction is null)
            await PublishAsync(events.Distinct().ToList(), cancellationToken);
        else
            awaitingCommit.GetOrCreateValue(db).AddRange(events);
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && awaitingCommit.TryGetValue(context, out var events))
        {
            awaitingCommit.Remove(context);
            await PublishAsync(events.Distinct().ToList(), cancellationToken);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            awaitingCommit.Remove(context);
        return Task.CompletedTask;
    }

    private static async Task<IEnumerable<LiveEvent>> EventsOfAsync(ForumDbContext db, Change change, CancellationToken ct) => change.Entity switch
    {
        Question question => LiveChanges.OfQuestion(question, change.Added, change.Modified),
        Answer answer => LiveChanges.OfAnswer(answer, await QuestionIsPublicAsync(db, answer, ct), change.Added, change.Modified),
        Flag flag when change.Added => [LiveChanges.OfNewFlag(flag)],
        ModerationAction { } action when change.Added && LiveChanges.OfModerationAction(action) is { } handled => [handled],
        Notification notification when change.Added => [LiveChanges.OfNotification(notification)],
        _ => [],
    };

    private static async Task<bool> QuestionIsPublicAsync(ForumDbContext db, Answer answer, CancellationToken ct) =>
        answer.Question?.IsPublic
        ?? await db.Questions.Where(q => q.Id == answer.QuestionId).Where(ContentVisibility.IsPublicQuestion).AnyAsync(ct);

    private async Task PublishAsync(IReadOnlyList<LiveEvent> events, CancellationToken ct)
    {
        foreach (var publisher in publishers)
        {
            try
            {
                await publisher.PublishAsync(events, ct);
            }
            catch (Exception ex) when (SharedRedis.IsOutage(ex))
            {
                // Redis is away (its outage is logged once by SharedRedis): open pages catch up when they reload or reconnect.
                logger.LogDebug(ex, "Live updates about a committed write could not cross the nodes.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The write is committed; open pages catch up when they next reload or reconnect.
                logger.LogWarning(ex, "Live updates about a committed write could not be sent.");
            }
        }
    }

    private static HashSet<string> ModifiedProperties(EntityEntry entry) =>
        entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToHashSet();
}
