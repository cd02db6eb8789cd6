namespace Forum.Domain.Features.Moderation;

/// <summary>A moderator deletes a post; deleted as spam or abuse (by the reason or by a pending flag), it costs its author.</summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record DeletePost(PostType PostType, int PostId, string? Reason = null) : IModerationRequest;

public sealed class DeletePostValidator(IForumTexts texts) : ModerationRequestValidator<DeletePost>(texts);

public sealed class DeletePostHandler(ModerationDesk desk) : IRequestHandler<DeletePost, ModerationResult>
{
    public async Task<ModerationResult> Handle(DeletePost request, CancellationToken cancellationToken)
    {
        var decision = await desk.OpenAsync(request, cancellationToken);
        var post = decision.Post;
        decision.Require(!post.IsDeleted, "This post is already deleted.", Phrase.Of("Problem.AlreadyDeleted"));
        decision.Reason ??= decision.Flags.Count > 0 ? ModerationCodes.Describe(decision.Flags[0].Reason) : ModerationReasons.RemovedByModerator;
        post.Remove(decision.ModeratorId, decision.Reason, decision.Now);
        decision.UpholdFlags(FlagResolutions.PostDeleted);
        if (decision.IsSpam)
            await desk.PenaliseAsync(post, cancellationToken);
        return await desk.CloseAsync(decision, ModerationActionType.Delete, cancellationToken);
    }
}
