namespace Forum.Domain.Features.Faq;

/// <summary>
/// Staff reject a proposed revision with a comment, which its proposer is told in a notification; the article's history
/// shows the proposal as rejected with the comment.
/// </summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record RejectFaqRevision(long RevisionId, string Comment) : IRequest<ReviewResult>;

public sealed class RejectFaqRevisionValidator : AbstractValidator<RejectFaqRevision>
{
    public RejectFaqRevisionValidator(IForumTexts texts) =>
        RuleFor(x => x.Comment).ValidReviewComment(texts, "Validation.Faq.RejectRevision");
}

public sealed class RejectFaqRevisionHandler(IForumDb db, ICurrentUser user, TimeProvider clock, Notifications.Notifier notifier) : IRequestHandler<RejectFaqRevision, ReviewResult>
{
    public async Task<ReviewResult> Handle(RejectFaqRevision request, CancellationToken cancellationToken)
    {
        var revision = await db.FindPendingRevisionAsync(request.RevisionId, cancellationToken);
        revision.Article!.Reject(revision, user.UserId!, Text.CleanBody(request.Comment), clock.GetUtcNow());
        await notifier.FaqRevisionReviewedAsync(revision, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ReviewResult.Of(revision);
    }
}
