namespace Forum.Domain.Features.Faq;

/// <summary>Staff reject a proposed translation with a comment, which its proposer is told.</summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record RejectFaqTranslation(long RevisionId, string Comment) : IRequest<TranslationReviewResult>;

public sealed class RejectFaqTranslationValidator : AbstractValidator<RejectFaqTranslation>
{
    public RejectFaqTranslationValidator(IForumTexts texts) =>
        RuleFor(x => x.Comment).ValidReviewComment(texts, "Validation.Faq.RejectTranslation");
}

public sealed class RejectFaqTranslationHandler(IForumDb db, ICurrentUser user, TimeProvider clock, Notifier notifier)
    : IRequestHandler<RejectFaqTranslation, TranslationReviewResult>
{
    public async Task<TranslationReviewResult> Handle(RejectFaqTranslation request, CancellationToken cancellationToken)
    {
        var revision = await db.FindPendingTranslationAsync(request.RevisionId, cancellationToken);
        revision.Translation!.Reject(revision, user.UserId!, Text.CleanBody(request.Comment), clock.GetUtcNow());
        await notifier.FaqTranslationReviewedAsync(revision, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TranslationReviewResult.Of(revision);
    }
}
