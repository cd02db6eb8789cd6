namespace Forum.Domain.Features.Moderation;

/// <summary>
/// A moderator suspends the author of a post for 1, 7 or 30 days, or permanently (0): their sessions end, and their posts
/// that still wait for review are rejected with the suspension (their cards leave the queue, each with its audit line).
/// </summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record SuspendAuthor(PostType PostType, int PostId, string? Reason, int? Days) : IModerationRequest;

public sealed class SuspendAuthorValidator : ModerationRequestValidator<SuspendAuthor>
{
    public SuspendAuthorValidator(IForumTexts texts) : base(texts, reasonRequired: true)
    {
        RuleFor(x => x.Days).Must(d => d is { } days && ModerationCodes.SuspensionDays.Contains(days))
            .Says(texts, "Validation.Moderation.SuspensionDays");
    }
}

public sealed class SuspendAuthorHandler(IForumDb db, ModerationDesk desk) : IRequestHandler<SuspendAuthor, ModerationResult>
{
    public async Task<ModerationResult> Handle(SuspendAuthor request, CancellationToken cancellationToken)
    {
        var decision = await desk.OpenAsync(request, cancellationToken);
        var (post, reason) = (decision.Post, decision.Reason!);
        await desk.EnsureSuspendableAsync(post.AuthorId, cancellationToken);
        var author = await db.Members.SingleAsync(m => m.Id == post.AuthorId, cancellationToken);
        await desk.SuspendAsync(author, request.Days!.Value, reason, cancellationToken);
        post.MarkReviewed();
        decision.UpholdFlags(FlagResolutions.AuthorSuspended);

        var heldQuestions = await db.Questions.Where(ContentVisibility.IsLiveQuestion).Where(q => q.AuthorId == author.Id && q.IsHeld).ToListAsync(cancellationToken);
        var heldAnswers = await db.Answers.Include(a => a.Question).Where(ContentVisibility.IsLiveAnswer).Where(a => a.AuthorId == author.Id && a.IsHeld)
            .ToListAsync(cancellationToken);
        foreach (var held in heldQuestions.Cast<Post>().Concat(heldAnswers))
            desk.RemoveWithAuthor(held, reason, ModerationReasons.HeldAuthorSuspended(reason));
        return await desk.CloseAsync(decision, ModerationActionType.SuspendAuthor, cancellationToken);
    }
}
