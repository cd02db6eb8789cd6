namespace Forum.Domain.Features.Moderation;

/// <summary>
/// A moderator lets a post held for review be shown, or agrees with the flags on a post: upheld spam or abuse flags
/// hide it and cost its author; other upheld flags leave it as it is.
/// </summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record ApprovePost(PostType PostType, int PostId, string? Reason = null) : IModerationRequest;

public sealed class ApprovePostValidator(IForumTexts texts) : ModerationRequestValidator<ApprovePost>(texts);

public sealed class ApprovePostHandler(ModerationDesk desk, Notifier notifier) : IRequestHandler<ApprovePost, ModerationResult>
{
    public async Task<ModerationResult> Handle(ApprovePost request, CancellationToken cancellationToken)
    {
        var decision = await desk.OpenAsync(request, cancellationToken);
        var post = decision.Post;
        if (post.IsHeld)
        {
            post.Restore(decision.Now);
            decision.DismissFlags(FlagResolutions.Approved);
            await notifier.HeldPostApprovedAsync(post, decision.Question, cancellationToken);
        }
        else
        {
            decision.Require(decision.Flags.Count > 0, "There is nothing to approve on this post.", Phrase.Of("Problem.NothingToApprove"));
            decision.UpholdFlags(FlagResolutions.Approved);
            if (decision.Flags.FirstOrDefault(f => f.IsSpamOrAbuse) is { } spamFlag && !post.IsDeleted)
            {
                decision.Reason ??= ModerationCodes.Describe(spamFlag.Reason);
                post.Hide(decision.ModeratorId, decision.Reason, decision.Now);
                await desk.PenaliseAsync(post, cancellationToken);
            }
            else
                post.MarkReviewed();
        }
        return await desk.CloseAsync(decision, ModerationActionType.Approve, cancellationToken);
    }
}
