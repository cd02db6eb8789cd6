using Forum.Domain.Entities;
using Microsoft.EntityFrameworkCore;

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
    DbSet<CommonResponse> CommonResponses { get; }
    DbSet<SearchDocument> SearchDocuments { get; }
    DbSet<FaqArticle> FaqArticles { get; }
    DbSet<FaqRevision> FaqRevisions { get; }
    DbSet<ArticleFeedback> ArticleFeedback { get; }
    DbSet<AskSuggestion> AskSuggestions { get; }
    DbSet<Flag> Flags { get; }
    DbSet<ModerationAction> ModerationActions { get; }
    DbSet<MemberBadge> MemberBadges { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
