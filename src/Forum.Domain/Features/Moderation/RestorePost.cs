namespace Forum.Domain.Features.Moderation;

/// <summary>A moderator shows a hidden or deleted post again: its pending flags are declined and its author gets back what the removal cost.</summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record RestorePost(PostType PostType, int PostId, string? Reason = null) : IModerationRequest;

public sealed class RestorePostValidator(IForumTexts texts) : ModerationRequestValidator<RestorePost>(texts);

public sealed class RestorePostHandler(ModerationDesk desk) : IRequestHandler<RestorePost, ModerationResult>
{
    public async Task<ModerationResult> Handle(RestorePost request, CancellationToken cancellationToken)
    {
        var decision = await desk.OpenAsync(request, cancellationToken);
        var post = decision.Post;
        decision.Require(!post.IsPublic, "This post is not hidden or deleted.", Phrase.Of("Problem.NotHiddenOrDeleted"));
        post.Restore(decision.Now);
        decision.DismissFlags(FlagResolutions.DismissedPostRestored);
        await desk.GiveBackPenaltyAsync(post, cancellationToken);
        return await desk.CloseAsync(decision, ModerationActionType.Restore, cancellationToken);
    }
}
