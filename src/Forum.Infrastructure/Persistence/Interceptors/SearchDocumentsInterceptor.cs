using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>
/// A save that changes what search finds keeps the search index in step:
/// <list type="bullet">
/// <item>a question or answer written, edited, hidden or removed queues its question's document for a rebuild
/// (<see cref="SearchRefresh"/>) in the same transaction; the forum's worker rebuilds it a moment after the commit
/// (<see cref="Features.Search.RefreshSearchDocuments"/>). A new question's row is written once it has its id
/// (<see cref="FollowUpWritesInterceptor"/>).</item>
/// <item>an FAQ article published, revised or archived, or a translation of one, rebuilds its documents in the same
/// transaction: staff write them rarely, and the approved text is found as soon as it is shown.</item>
/// </list>
/// </summary>
public sealed class SearchDocumentsInterceptor : PendingUntilSavedInterceptor<SearchDocumentsInterceptor.Changes>
{
    /// <summary>Post properties that do not change what search finds or shows; a change to any other one refreshes the question's document.</summary>
    private static readonly HashSet<string> NotSearched =
    [
        nameof(Post.Score), nameof(Post.ConcurrencyStamp), nameof(Question.AnswerCount), nameof(Question.MeTooCount),
        nameof(Question.ViewCount), nameof(Question.LastActivityAt), nameof(Question.FirstResponseAt), nameof(Question.Status),
    ];

    /// <summary>What is left for after the save: the posts of new questions (which have no id before it) and the FAQ.</summary>
    public sealed record Changes(List<Post> NewThreads, List<FaqArticle> Articles, List<FaqTranslation> Translations);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ForumDbContext db)
            return result;
        var posts = db.ChangeTracker.Entries<Post>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted ||
                        (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && !NotSearched.Contains(p.Metadata.Name))))
            .Select(e => e.Entity).ToList();
        db.SearchRefreshes.AddRange(posts.Where(p => p.ThreadQuestionId > 0).Select(p => p.ThreadQuestionId).Distinct().Select(id => new SearchRefresh(id)));

        // Publishing, approving a revision and archiving all change the article.
        var articles = db.ChangeTracker.Entries<FaqArticle>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
            .Select(e => e.Entity).ToList();
        // So does every step of a translation's life (its approved text is one of the article's documents).
        var translations = db.ChangeTracker.Entries<FaqTranslation>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
            .Select(e => e.Entity).ToList();
        var newThreads = posts.Where(p => p.ThreadQuestionId <= 0).ToList();
        if (newThreads.Count == 0 && articles.Count == 0 && translations.Count == 0)
            return result;
        Keep(db, new Changes(newThreads, articles, translations));
        await FollowUpWritesInterceptor.BeginAsync(db, cancellationToken);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ForumDbContext db || !TryTake(db, out var changes))
            return result;
        // The new questions have their ids now.
        db.SearchRefreshes.AddRange(changes.NewThreads.Select(p => p.ThreadQuestionId).Distinct().Select(id => new SearchRefresh(id)));
        // An article or translation is changed (its concurrency stamp) by every step of its life, so no lock is needed for it.
        await SearchIndexing.RefreshFaqAsync(db, changes.Articles.Select(a => a.Id).Concat(changes.Translations.Select(t => t.ArticleId)).Distinct().ToList(), cancellationToken);
        return result;
    }
}
