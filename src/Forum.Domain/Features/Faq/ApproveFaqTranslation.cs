namespace Forum.Domain.Features.Faq;

/// <summary>
/// Staff approve a proposed translation: readers of its language see it from now on. It is out of date at once when a
/// significant English revision newer than the one it translates was approved meanwhile. A proposal started from an
/// older translation than the approved one is refused with the newer text.
/// </summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record ApproveFaqTranslation(long RevisionId) : IRequest<TranslationReviewResult>;

public sealed class ApproveFaqTranslationHandler(IForumDb db, ICurrentUser user, TimeProvider clock, Notifier notifier)
    : IRequestHandler<ApproveFaqTranslation, TranslationReviewResult>
{
    public async Task<TranslationReviewResult> Handle(ApproveFaqTranslation request, CancellationToken cancellationToken)
    {
        var revision = await db.FindPendingTranslationAsync(request.RevisionId, cancellationToken);
        var translation = revision.Translation!;
        if (translation.Article!.IsArchived)
            throw new ConflictException("This article is archived; it takes no more changes.", said: Phrase.Of("Problem.ArticleArchived"));
        FaqTranslationRules.EnsureCurrent(translation, revision.BaseRevisionId);
        var outOfDate = await db.IsOutdatedByAsync(translation.ArticleId, revision.SourceRevisionId, cancellationToken);
        translation.Approve(revision, user.UserId!, outOfDate, clock.GetUtcNow());
        await notifier.FaqTranslationReviewedAsync(revision, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TranslationReviewResult.Of(revision);
    }
}

/// <param name="IsOutOfDate">The approved translation already misses a significant English change.</param>
public sealed record TranslationReviewResult(long RevisionId, string Slug, string Language, FaqRevisionStatus Status, string? Comment, bool IsOutOfDate)
{
    public static TranslationReviewResult Of(FaqTranslationRevision revision) => new(revision.Id, revision.Translation!.Article!.Slug,
        revision.Translation.Language, revision.Status, revision.ReviewComment, revision.Translation.IsOutOfDate);
}
