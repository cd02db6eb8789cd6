namespace Forum.Domain.Features.Faq;

/// <summary>
/// Staff approve a proposed revision: it becomes the article's public text. A stale proposal is refused with the newer
/// text. A significant change (as proposed, unless <paramref name="Significant"/> says otherwise) makes the article's
/// translations out of date.
/// </summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record ApproveFaqRevision(long RevisionId, bool? Significant = null) : IRequest<ReviewResult>;

public sealed class ApproveFaqRevisionHandler(IForumDb db, ICurrentUser user, TimeProvider clock, Notifier notifier) : IRequestHandler<ApproveFaqRevision, ReviewResult>
{
    public async Task<ReviewResult> Handle(ApproveFaqRevision request, CancellationToken cancellationToken)
    {
        var revision = await db.FindPendingRevisionAsync(request.RevisionId, cancellationToken);
        var article = revision.Article!;
        if (article.IsArchived)
            throw new ConflictException("This article is archived; it takes no more changes.", said: Phrase.Of("Problem.ArticleArchived"));
        FaqStaleness.EnsureCurrent(article, revision.BaseRevisionId);
        var now = clock.GetUtcNow();
        if (request.Significant is { } significant)
            revision.CallSignificant(significant);
        article.Approve(revision, user.UserId!, now);
        if (revision.IsSignificant)
            foreach (var translation in await db.FaqTranslations.Where(t => t.ArticleId == article.Id && t.CurrentRevisionNumber > 0 && t.OutOfDateSince == null).ToListAsync(cancellationToken))
                translation.MarkOutOfDate(now);
        await notifier.FaqRevisionReviewedAsync(revision, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ReviewResult.Of(revision);
    }
}

public sealed record ReviewResult(long RevisionId, string Slug, FaqRevisionStatus Status, string? Comment)
{
    public static ReviewResult Of(FaqRevision revision) => new(revision.Id, revision.Article!.Slug, revision.Status, revision.ReviewComment);
}
