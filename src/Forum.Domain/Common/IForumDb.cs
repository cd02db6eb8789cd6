namespace Forum.Domain.Common;

/// <summary>The database as the use cases see it: the aggregates and one unit of work.</summary>
public interface IForumDb
{
    DbSet<Member> Members { get; }
    DbSet<Category> Categories { get; }
    DbSet<Tag> Tags { get; }
    DbSet<Question> Questions { get; }
    DbSet<Answer> Answers { get; }
    DbSet<Vote> Votes { get; }
    DbSet<MeToo> MeToos { get; }
    DbSet<PostRevision> PostRevisions { get; }
    DbSet<ReputationEvent> ReputationEvents { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<Watch> Watches { get; }
    DbSet<EmailPreference> EmailPreferences { get; }
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<Announcement> Announcements { get; }
    DbSet<CommonResponse> CommonResponses { get; }
    DbSet<SearchDocument> SearchDocuments { get; }
    DbSet<SearchRefresh> SearchRefreshes { get; }
    DbSet<SimilarQuestionLink> SimilarQuestionLinks { get; }
    DbSet<FaqRelatedQuestion> FaqRelatedQuestions { get; }
    DbSet<FaqArticle> FaqArticles { get; }
    DbSet<FaqRevision> FaqRevisions { get; }
    DbSet<FaqTranslation> FaqTranslations { get; }
    DbSet<FaqTranslationRevision> FaqTranslationRevisions { get; }
    DbSet<ArticleFeedback> ArticleFeedback { get; }
    DbSet<AskSuggestion> AskSuggestions { get; }
    DbSet<Flag> Flags { get; }
    DbSet<ModerationAction> ModerationActions { get; }
    DbSet<MemberBadge> MemberBadges { get; }
    DbSet<BadgeCheck> BadgeChecks { get; }
    DbSet<UploadedImage> UploadedImages { get; }
    DbSet<Escalation> Escalations { get; }

    /// <summary>Saves the pending changes in one transaction; it also commits the transaction a <see cref="LockAsync"/> opened.</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Serializes this unit of work with every other one that locks the same <paramref name="key"/> (e.g. a member), from
    /// now until it is saved: what is read after the lock (a count, a balance) is still true when the save commits.
    /// The first lock opens the unit of work's transaction. How each database does it: docs/decisions/0008.
    /// </summary>
    Task LockAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="amount"/> to the member's cached reputation in the database (<c>Reputation = Reputation +
    /// amount</c>, at once, in the unit of work's transaction) and brings a loaded copy of the member up to date.
    /// </summary>
    Task AddReputationAsync(string memberId, int amount, CancellationToken cancellationToken);

    /// <summary>Ends a lock's transaction that the command did not save (rolling back anything it wrote), so no lock outlives its command.</summary>
    void ReleaseLocks();

    /// <summary>Rolls back what a lock's transaction wrote and forgets every pending change (a command failed or is retried).</summary>
    void DiscardChanges();
}

/// <summary>The keys of <see cref="IForumDb.LockAsync"/>.</summary>
public static class Locks
{
    /// <summary>What a member has done: their allowances and their reputation (its daily cap and floor).</summary>
    public static string Member(string memberId) => $"member:{memberId}";

    /// <summary>The queue of announcements: one delivery at a time, so each is announced once.</summary>
    public const string Announcements = "announcements";

    /// <summary>The queue of search documents to rebuild: one rebuild at a time, so none is written from an older read.</summary>
    public const string SearchRefreshes = "search-refreshes";
}
