namespace Forum.Domain.Features.Faq;

/// <summary>Staff archive an article: it leaves the index, and its address says it is archived.</summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record ArchiveFaqArticle(string Slug) : IRequest<PromotionResult>;

public sealed class ArchiveFaqArticleHandler(IForumDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ArchiveFaqArticle, PromotionResult>
{
    public async Task<PromotionResult> Handle(ArchiveFaqArticle request, CancellationToken cancellationToken)
    {
        var article = await db.FindArticleAsync(request.Slug, user, cancellationToken);
        if (!article.IsArchived)
        {
            article.Archive(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        return new PromotionResult(article.Id, article.Slug, false);
    }
}
