namespace Forum.Domain.Features.Moderation;

/// <summary>
/// A moderator hides a post, saying why; only its author and the moderators still see it. Hidden as spam or abuse
/// (by the reason or by a pending flag), it costs its author.
/// </summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record HidePost(PostType PostType, int PostId, string? Reason) : IModerationRequest;

public sealed class HidePostValidator(IForumTexts texts) : ModerationRequestValidator<HidePost>(texts, reasonRequired: true);

public sealed class HidePostHandler(ModerationDesk desk) : IRequestHandler<HidePost, ModerationResult>
{
    public async Task<ModerationResult> Handle(HidePost request, CancellationToken cancellationToken)
    {
        var decision = await desk.OpenAsync(request, cancellationToken);
        var post = decision.Post;
        decision.Require(!post.IsDeleted && (!post.IsHidden || post.IsHeld || post.HiddenById is null), "This post is already hidden.", Phrase.Of("Problem.AlreadyHiddenByModerator"));
        post.Hide(decision.ModeratorId, decision.Reason!, decision.Now);
        decision.UpholdFlags(FlagResolutions.PostHidden);
        if (decision.IsSpam)
            await desk.PenaliseAsync(post, cancellationToken);
        return await desk.CloseAsync(decision, ModerationActionType.Hide, cancellationToken);
    }
}
