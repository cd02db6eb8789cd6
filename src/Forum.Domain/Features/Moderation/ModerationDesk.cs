namespace Forum.Domain.Features.Moderation;

/// <summary>
/// A moderator's decision on one card of the queue. Each decision is its own use case (<see cref="ApprovePost"/>,
/// <see cref="DismissFlags"/>, <see cref="HidePost"/>, <see cref="DeletePost"/>, <see cref="RestorePost"/>,
/// <see cref="LockQuestion"/>, <see cref="UnlockQuestion"/>, <see cref="CloseAsDuplicate"/>, <see cref="SuspendAuthor"/>,
/// <see cref="PurgeAuthor"/>); all of them carry the post and an optional reason for the audit log.
/// </summary>
public interface IModerationRequest : IRequest<ModerationResult>
{
    PostType PostType { get; }
    int PostId { get; }
    string? Reason { get; }
}

/// <summary>A moderation request about a question (lock, unlock, close as a duplicate): the post is the question.</summary>
public interface IQuestionModerationRequest : IModerationRequest
{
    int QuestionId { get; }
    PostType IModerationRequest.PostType => PostType.Question;
    int IModerationRequest.PostId => QuestionId;
}

public sealed record ModerationResult(string Action, PostType PostType, int PostId, PostModeration? Moderation, QuestionStatus QuestionStatus, int FlagsResolved);

/// <summary>The rules every moderation request shares: a post type that exists and a reason of a sensible length.</summary>
public abstract class ModerationRequestValidator<T> : AbstractValidator<T> where T : IModerationRequest
{
    protected ModerationRequestValidator(IForumTexts texts, bool reasonRequired = false)
    {
        RuleFor(x => x.PostType).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(ModerationCodes.ReasonMax).Says(texts, "Validation.Moderation.ReasonLength", ModerationCodes.ReasonMax);
        if (reasonRequired)
            RuleFor(x => x.Reason).Must(r => Text.CleanLine(r).Length > 0).Says(texts, "Validation.Moderation.Reason");
    }
}

/// <summary>
/// One decision in progress: the post (deleted ones too, since moderators restore them), its thread's question and
/// its pending flags, as loaded by <see cref="ModerationDesk.OpenAsync"/>.
/// </summary>
public sealed class ModerationCase
{
    private readonly bool _wasDeleted;
    private readonly string? _hiddenByBefore;

    internal ModerationCase(Post post, Question question, IReadOnlyList<Flag> flags, string moderatorId, DateTimeOffset now, string? reason)
    {
        (Post, Question, Flags, ModeratorId, Now, Reason) = (post, question, flags, moderatorId, now, reason);
        IsSpam = ModerationCodes.IsSpamOrAbuse(reason) || flags.Any(f => f.IsSpamOrAbuse);
        (_wasDeleted, _hiddenByBefore) = (post.IsDeleted, post.IsHidden && !post.IsHeld ? post.HiddenById ?? "" : null);
    }

    public Post Post { get; }
    public Question Question { get; }
    public IReadOnlyList<Flag> Flags { get; }
    public string ModeratorId { get; }
    public DateTimeOffset Now { get; }

    /// <summary>The moderator's reason, cleaned; an action may fill in a default for the audit log.</summary>
    public string? Reason { get; set; }

    /// <summary>The moderator or a pending flag called the post spam or abusive: removing it costs its author.</summary>
    public bool IsSpam { get; }

    /// <summary>The decision removed the post from public view just now (not a second step on what was already gone).</summary>
    internal bool NewlyRemoved =>
        Post.IsDeleted ? !_wasDeleted : Post.IsHidden && !Post.IsHeld && (Post.HiddenById ?? "") != _hiddenByBefore;

    /// <summary>Acting on what is already handled is a conflict, so two moderators acting at once cannot both succeed.</summary>
    /// <param name="said">The conflict in the reader's language (the resources' Problem.… sentence).</param>
    public void Require(bool condition, string conflict, Phrase said)
    {
        if (!condition)
            throw new ConflictException(conflict, said: said);
    }

    public void UpholdFlags(string resolution) => Uphold(Flags, resolution);

    public void Uphold(IEnumerable<Flag> flags, string resolution)
    {
        foreach (var flag in flags)
            flag.Uphold(ModeratorId, resolution, Now);
    }

    public void DismissFlags(string resolution)
    {
        foreach (var flag in Flags)
            flag.Dismiss(ModeratorId, resolution, Now);
    }
}

/// <summary>
/// What every moderator action shares: opening the case through the visibility rule (<see cref="Lookups"/>), the
/// reputation penalty for spam, suspensions, and closing the case: the audit line, the notifications to the author and
/// to the reporters, one save and the result. Every action changes the post's concurrency stamp (so when two moderators
/// act at once, one wins and the other gets a conflict).
/// </summary>
public sealed class ModerationDesk(
    IForumDb db, ICurrentUser user, TimeProvider clock, ReputationLedger ledger, ModerationRules rules, IMemberAccounts accounts, Notifier notifier)
{
    public async Task<ModerationCase> OpenAsync(IModerationRequest request, CancellationToken ct)
    {
        var (post, question) = await db.FindVisiblePostAsync(request.PostType, request.PostId, user, ct, includeDeleted: true);
        var flags = await PendingFlagsAsync([(post.Type, post.Id)], ct);
        var reason = Text.CleanLine(request.Reason);
        return new ModerationCase(post, question, flags, user.UserId!, clock.GetUtcNow(), reason.Length == 0 ? null : reason);
    }

    public async Task<ModerationResult> CloseAsync(ModerationCase decision, ModerationActionType action, CancellationToken ct)
    {
        var (post, question) = (decision.Post, decision.Question);
        db.ModerationActions.Add(new ModerationAction(decision.ModeratorId, action, post.Type, post.Id, question.Id, post.AuthorId, decision.Reason, decision.Now));
        if (decision.NewlyRemoved)
            await notifier.PostModeratedAsync(post, question, ct);
        await notifier.FlagsResolvedAsync(decision.Flags.Where(f => f.Status != FlagStatus.Pending).ToList(), post, question, decision.ModeratorId, ct);
        await db.SaveChangesAsync(ct);
        return new ModerationResult(ModerationCodes.Code(action), post.Type, post.Id,
            PostModeration.Of(post.DeletedAt, post.DeletedReason, post.HiddenAt, post.IsHeld, post.HiddenReason), question.Status, decision.Flags.Count);
    }

    public Task<List<Flag>> PendingFlagsAsync(IReadOnlyCollection<(PostType Type, int Id)> posts, CancellationToken ct)
    {
        var questionIds = posts.Where(p => p.Type == PostType.Question).Select(p => p.Id).ToList();
        var answerIds = posts.Where(p => p.Type == PostType.Answer).Select(p => p.Id).ToList();
        return db.Flags.Where(f => f.Status == FlagStatus.Pending
                && ((f.PostType == PostType.Question && questionIds.Contains(f.PostId)) || (f.PostType == PostType.Answer && answerIds.Contains(f.PostId))))
            .OrderBy(f => f.Id).ToListAsync(ct);
    }

    /// <summary>The author loses reputation once per removal, however many steps it takes (hidden, then deleted).</summary>
    public async Task PenaliseAsync(Post post, CancellationToken ct)
    {
        if (!await ledger.HasStandingAsync(post, ReputationReason.PostRemovedAsSpamOrAbuse, ct))
            await ledger.AwardAsync(post.AuthorId, rules.RemovedAsSpamPenalty, ReputationReason.PostRemovedAsSpamOrAbuse, post, user.UserId!, ct);
    }

    public Task GiveBackPenaltyAsync(Post post, CancellationToken ct) =>
        ledger.ReverseForPostAsync(post, ReputationReason.PostRemovedAsSpamOrAbuse, ct);

    /// <param name="days">1, 7 or 30; 0 is permanently.</param>
    public async Task SuspendAsync(Member member, int days, string reason, CancellationToken ct)
    {
        await EnsureSuspendableAsync(member.Id, ct);
        var until = SuspensionEnd(days);
        if (member.SuspendedUntil is { } current && current >= until)
            throw new ConflictException("The author is already suspended for at least that long.", said: Phrase.Of("Problem.AlreadySuspendedLonger"));
        member.Suspend(until, reason);
        await accounts.EndSessionsAsync(member.Id, ct);
    }

    public DateTimeOffset SuspensionEnd(int days) => days == 0 ? Member.Permanently : clock.GetUtcNow().AddDays(days);

    /// <summary>Moderators suspend members, not one another: the team is managed by admins.</summary>
    public async Task EnsureSuspendableAsync(string memberId, CancellationToken ct)
    {
        if (memberId == user.UserId || await accounts.HasAnyRoleAsync(memberId, ct))
            throw new ForbiddenException("Moderators, staff and admins cannot be suspended from the moderation queue.", Phrase.Of("Problem.TeamNotSuspendedHere"));
    }

    /// <summary>Removes one more post of an author acted on as a whole, with its own line in the audit log.</summary>
    public void RemoveWithAuthor(Post post, string reason, string auditReason)
    {
        post.Remove(user.UserId!, reason, clock.GetUtcNow());
        db.ModerationActions.Add(new ModerationAction(user.UserId, ModerationActionType.Delete, post.Type, post.Id,
            post.ThreadQuestionId, post.AuthorId, auditReason, clock.GetUtcNow()));
    }
}
