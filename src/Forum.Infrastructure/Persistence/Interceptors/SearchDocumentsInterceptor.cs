using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>
/// A save that changes what search finds (a question or answer written, edited, hidden or removed; an FAQ article
/// published, revised or archived) rebuilds the search documents concerned in the same transaction
/// (<see cref="FollowUpWritesInterceptor"/>): the index never lags behind the posts.
/// </summary>
public sealed class SearchDocumentsInterceptor : PendingUntilSavedInterceptor<SearchDocumentsInterceptor.Changes>
{
    /// <summary>Post properties that do not change what search finds or shows; a change to any other one refreshes the question's document.</summary>
    private static readonly HashSet<string> NotSearched =
    [
        nameof(Post.Score), nameof(Post.ConcurrencyStamp), nameof(Question.AnswerCount), nameof(Question.MeTooCount),
        nameof(Question.ViewCount), nameof(Question.LastActivityAt), nameof(Question.FirstResponseAt), nameof(Question.Status),
    ];

    public sealed record Changes(List<Post> Posts, List<FaqArticle> Articles, List<FaqTranslation> Translations);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ForumDbContext db)
            return result;
        var posts = db.ChangeTracker.Entries<Post>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted ||
                        (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && !NotSearched.Contains(p.Metadata.Name))))
            .Select(e => e.Entity).ToList();
        // Publishing, approving a revision and archiving all change the article.
        var articles = db.ChangeTracker.Entries<FaqArticle>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
            .Select(e => e.Entity).ToList();
        // So does every step of a translation's life (its approved text is one of the article's documents).
        var translations = db.ChangeTracker.Entries<FaqTranslation>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
            .Select(e => e.Entity).ToList();
        if (posts.Count == 0 && articles.Count == 0 && translations.Count == 0)
            return result;
        Keep(db, new Changes(posts, articles, translations));
        await FollowUpWritesInterceptor.BeginAsync(db, cancellationToken);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ForumDbContext db || !TryTake(db, out var changes))
            return result;
        // The posts have their ids now (a new question's is its thread's).
        var questionIds = changes.Posts.Select(p => p.ThreadQuestionId).Distinct().ToList();
        // Waits for any other transaction refreshing the same documents, so that this one reads their committed answers.
        if (!db.WritesOneAtATime && questionIds.Count > 0)
            await db.SearchDocuments.Where(d => d.QuestionId != null && questionIds.Contains(d.QuestionId.Value))
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.Title, x => x.Title), cancellationToken);
        await SearchIndexing.RefreshAsync(db, questionIds, cancellationToken);
        // An article or translation is changed (its concurrency stamp) by every step of its life, so no lock is needed for it.
        await SearchIndexing.RefreshFaqAsync(db, changes.Articles.Select(a => a.Id).Concat(changes.Translations.Select(t => t.ArticleId)).Distinct().ToList(), cancellationToken);
        return result;
    }
}
