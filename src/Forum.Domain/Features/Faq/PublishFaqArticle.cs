namespace Forum.Domain.Features.Faq;

/// <summary>Staff publish an article that was kept as a draft.</summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record PublishFaqArticle(string Slug) : IRequest<PromotionResult>;

public sealed class PublishFaqArticleHandler(IForumDb db, ICurrentUser user, TimeProvider clock, ReputationLedger ledger, ReputationRules rules, Notifications.Notifier notifier)
    : IRequestHandler<PublishFaqArticle, PromotionResult>
{
    public async Task<PromotionResult> Handle(PublishFaqArticle request, CancellationToken cancellationToken)
    {
        var article = await db.FindArticleAsync(request.Slug, user, cancellationToken);
        if (article.IsArchived)
            throw new ConflictException("This article is archived.", said: Phrase.Of("Problem.ArticleArchived"));
        var source = await db.Answers.SingleOrDefaultAsync(a => a.Id == article.SourceAnswerId, cancellationToken);
        await PromoteAnswerToFaqHandler.PublishAsync(article, source, db, ledger, rules, notifier, user.UserId!, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PromotionResult(article.Id, article.Slug, false);
    }
}
