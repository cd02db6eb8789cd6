namespace Forum.Domain.Features.Moderation;

/// <summary>
/// A moderator ends a spam account: its author is suspended (permanently unless <see cref="Days"/> says otherwise) and
/// every post of theirs is removed as spam, each costing them and each with its own line in the audit log.
/// </summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record PurgeAuthor(PostType PostType, int PostId, string? Reason, int? Days = null) : IModerationRequest;

public sealed class PurgeAuthorValidator : ModerationRequestValidator<PurgeAuthor>
{
    public PurgeAuthorValidator(IForumTexts texts) : base(texts, reasonRequired: true)
    {
        RuleFor(x => x.Days).Must(d => d is null || ModerationCodes.SuspensionDays.Contains(d.Value))
            .Says(texts, "Validation.Moderation.SuspensionDays");
    }
}

public sealed class PurgeAuthorHandler(IForumDb db, TimeProvider clock, ModerationDesk desk) : IRequestHandler<PurgeAuthor, ModerationResult>
{
    public async Task<ModerationResult> Handle(PurgeAuthor request, CancellationToken cancellationToken)
    {
        var decision = await desk.OpenAsync(request, cancellationToken);
        var (target, reason, days) = (decision.Post, decision.Reason!, request.Days ?? 0);
        var authorId = target.AuthorId;
        var questions = await db.Questions.Where(ContentVisibility.IsLiveQuestion).Where(q => q.AuthorId == authorId).ToListAsync(cancellationToken);
        var answers = await db.Answers.Include(a => a.Question).Where(ContentVisibility.IsLiveAnswer).Where(a => a.AuthorId == authorId).ToListAsync(cancellationToken);
        var posts = questions.Cast<Post>().Concat(answers).ToList();
        var author = await db.Members.SingleAsync(m => m.Id == authorId, cancellationToken);
        var suspended = author.IsSuspendedAt(clock.GetUtcNow());
        decision.Require(posts.Count > 0 || !suspended, "This author is already suspended and has no posts left.", Phrase.Of("Problem.AlreadySuspendedNoPosts"));
        if (!suspended || author.SuspendedUntil < desk.SuspensionEnd(days))
            await desk.SuspendAsync(author, days, reason, cancellationToken);
        else
            await desk.EnsureSuspendableAsync(authorId, cancellationToken);

        decision.Uphold(await desk.PendingFlagsAsync(posts.Select(p => (p.Type, p.Id)).ToList(), cancellationToken), FlagResolutions.AuthorsPostsRemoved);
        foreach (var post in posts)
        {
            if (post == target)
                post.Remove(decision.ModeratorId, "spam", decision.Now);
            else
                desk.RemoveWithAuthor(post, ModerationReasons.Spam, ModerationReasons.SpamAccountPurged);
            await desk.PenaliseAsync(post, cancellationToken);
        }
        target.MarkReviewed();
        return await desk.CloseAsync(decision, ModerationActionType.PurgeAuthor, cancellationToken);
    }
}
