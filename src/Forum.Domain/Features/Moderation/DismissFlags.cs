namespace Forum.Domain.Features.Moderation;

/// <summary>A moderator finds nothing wrong with a flagged post: its flags are declined and a post hidden by them alone is shown again.</summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record DismissFlags(PostType PostType, int PostId, string? Reason = null) : IModerationRequest;

public sealed class DismissFlagsValidator(IForumTexts texts) : ModerationRequestValidator<DismissFlags>(texts);

public sealed class DismissFlagsHandler(ModerationDesk desk) : IRequestHandler<DismissFlags, ModerationResult>
{
    public async Task<ModerationResult> Handle(DismissFlags request, CancellationToken cancellationToken)
    {
        var decision = await desk.OpenAsync(request, cancellationToken);
        var post = decision.Post;
        decision.Require(decision.Flags.Count > 0, "This post has no pending flags.", Phrase.Of("Problem.NoPendingFlags"));
        decision.DismissFlags(FlagResolutions.Dismissed);
        if (post.IsHidden && post.HiddenById is null && !post.IsHeld)
            post.Restore(decision.Now);
        else
            post.MarkReviewed();
        return await desk.CloseAsync(decision, ModerationActionType.Dismiss, cancellationToken);
    }
}
