namespace Forum.Domain.Features.Moderation;

/// <summary>
/// A member with the flag privilege reports a post (<see cref="ModerationCodes.FlagReasons"/>). Three pending spam or
/// abusive flags from distinct members, or one from a moderator, hide the post at once pending review (the forum's
/// automatic flags do not count). The author of a hidden or removed post asks for its review with <see cref="AskForReview"/>.
/// </summary>
[RequiresMember]
public sealed record FlagPost(PostType PostType, int PostId, string Reason, string? Note = null, int? DuplicateOfQuestionId = null) : IRequest<FlagResult>;

public sealed class FlagPostValidator : AbstractValidator<FlagPost>
{
    public const int NoteMax = 500;

    public FlagPostValidator(IForumTexts texts)
    {
        RuleFor(x => x.PostType).IsInEnum();
        RuleFor(x => x.Reason).Must(r => r is not null && ModerationCodes.FlagReasons.ContainsKey(r))
            .Says(texts, "Validation.Flag.Reason", string.Join(", ", ModerationCodes.FlagReasons.Keys));
        RuleFor(x => x.Note).MaximumLength(NoteMax).Says(texts, "Validation.Flag.NoteLength", NoteMax);
        RuleFor(x => x.Note).Must(n => Text.CleanBody(n).Length > 0).When(x => x.Reason == "needs-moderator")
            .Says(texts, "Validation.Flag.NoteNeeded");
        RuleFor(x => x.Reason).NotEqual("not-an-answer").When(x => x.PostType == PostType.Question)
            .Says(texts, "Validation.Flag.NotAnAnswer");
        RuleFor(x => x.Reason).NotEqual("duplicate").When(x => x.PostType == PostType.Answer)
            .Says(texts, "Validation.Flag.Duplicate");
        RuleFor(x => x.DuplicateOfQuestionId).NotNull().GreaterThan(0).When(x => x.Reason == "duplicate")
            .Says(texts, "Validation.Flag.Original");
    }
}

public sealed class FlagPostHandler(
    IForumDb db, ICurrentUser user, TimeProvider clock, ReputationRules reputation, ModerationRules rules, WriteAllowance allowance, Notifier notifier)
    : IRequestHandler<FlagPost, FlagResult>
{
    public async Task<FlagResult> Handle(FlagPost request, CancellationToken cancellationToken)
    {
        var (post, question) = await db.FindVisiblePostAsync(request.PostType, request.PostId, user, cancellationToken);
        var reporter = await db.CurrentMemberAsync(user, cancellationToken);
        var isModerator = Roles.IsModeratorOrStaff(user);
        if (post.IsAuthoredBy(reporter.Id))
            throw post.AwaitsReviewRequestFrom(reporter.Id)
                ? new ForbiddenException("You cannot flag your own post; ask for a review of it instead.", Phrase.Of("Problem.FlagOwnPostAskReview"))
                : new ForbiddenException("You cannot flag your own post.", Phrase.Of("Problem.FlagOwnPost"));
        if (!isModerator && reporter.Reputation < reputation.FlagPrivilege)
            throw new ForbiddenException($"You need {reputation.FlagPrivilege} reputation to flag posts.", Phrase.Of("Problem.FlagPrivilege", reputation.FlagPrivilege));
        if (!post.IsPublic || !question.IsPublic)
            throw new ConflictException("This post is already hidden pending review.", said: Phrase.Of("Problem.AlreadyHidden"));
        if (await db.Flags.AnyAsync(f => f.ReporterId == reporter.Id && f.PostType == post.Type && f.PostId == post.Id && f.Status == FlagStatus.Pending, cancellationToken))
            throw new ConflictException("You have already flagged this post; a moderator will look at it.", said: Phrase.Of("Problem.AlreadyFlagged"));
        await allowance.EnsureCanFlagAsync(reporter.Id, cancellationToken);

        var reason = ModerationCodes.FlagReasons[request.Reason];
        if (reason == FlagReason.Duplicate)
            await EnsureOriginalAsync(request.DuplicateOfQuestionId!.Value, question.Id, cancellationToken);
        var note = Text.CleanBody(request.Note);
        var flag = new Flag(reporter.Id, post, question.Id, reason, note.Length == 0 ? null : note,
            reason == FlagReason.Duplicate ? request.DuplicateOfQuestionId : null, clock.GetUtcNow());
        db.Flags.Add(flag);

        var hidden = flag.IsSpamOrAbuse && (isModerator || await OtherSpamReportersAsync(post, cancellationToken) + 1 >= rules.AutoHideFlags);
        if (hidden)
        {
            var why = ModerationReasons.FlaggedAs(reason);
            post.Hide(null, why, clock.GetUtcNow());
            db.ModerationActions.Add(new ModerationAction(null, ModerationActionType.AutoHide, post.Type, post.Id, question.Id, post.AuthorId, why, clock.GetUtcNow()));
            await notifier.PostModeratedAsync(post, question, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new FlagResult(flag.Id, hidden);
    }

    private Task<int> OtherSpamReportersAsync(Post post, CancellationToken ct) =>
        db.Flags.Where(f => f.PostType == post.Type && f.PostId == post.Id && f.Status == FlagStatus.Pending
                && (f.Reason == FlagReason.Spam || f.Reason == FlagReason.Abusive) && f.ReporterId != null && f.ReporterId != user.UserId)
            .Select(f => f.ReporterId).Distinct().CountAsync(ct);

    private async Task EnsureOriginalAsync(int originalId, int questionId, CancellationToken ct)
    {
        if (originalId == questionId || !await db.Questions.Where(q => q.Id == originalId).Where(ContentVisibility.IsPublicQuestion).AnyAsync(ct))
            throw new RuleViolationException(nameof(FlagPost.DuplicateOfQuestionId), "The original question was not found.", Phrase.Of("Problem.OriginalNotFound"));
    }
}

public sealed record FlagResult(long Id, bool PostHidden);
