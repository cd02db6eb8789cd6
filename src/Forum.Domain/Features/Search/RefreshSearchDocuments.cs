namespace Forum.Domain.Features.Search;

/// <summary>
/// Rebuilds the search documents of the questions queued by changes (<see cref="SearchRefresh"/>), the oldest
/// <paramref name="Max"/> rows first: the refresh that the request changing a question or answer leaves to this follow-up
/// work, so that it neither reads the whole thread nor rewrites its document while the member waits. Run by the forum's
/// background worker right after such a commit, and every few seconds for what a stopped node left.
/// </summary>
public sealed record RefreshSearchDocuments(int Max = 100) : IRequest<int>;

public sealed class RefreshSearchDocumentsHandler(IForumDb db) : IRequestHandler<RefreshSearchDocuments, int>
{
    public async Task<int> Handle(RefreshSearchDocuments request, CancellationToken cancellationToken)
    {
        // Most rounds of the worker find nothing: they take no lock (on SQLite, the database's write lock).
        if (!await db.SearchRefreshes.AnyAsync(cancellationToken))
            return 0;
        // One rebuild at a time (on every node), and the queue read before the posts: whatever a queued row stands for
        // was committed with it, so the rebuild reads it, and no older read can overwrite a newer document.
        await db.LockAsync(Locks.SearchRefreshes, cancellationToken);
        var due = await db.SearchRefreshes.AsNoTracking().OrderBy(r => r.Id).Take(request.Max).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            // Another refresher took them while this one waited for the lock: nothing to commit.
            db.ReleaseLocks();
            return 0;
        }
        await SearchIndexing.RefreshAsync(db, due.Select(r => r.QuestionId).Distinct().ToList(), cancellationToken);
        // By id, not "up to the last one read": a row with a smaller id may commit after this read.
        var done = due.Select(r => r.Id).ToList();
        await db.SearchRefreshes.Where(r => done.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
