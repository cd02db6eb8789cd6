using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Reputation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Moderation;

/// <summary>
/// A moderator's decision on one card of the queue (<see cref="ModerationCodes.Actions"/>). Every action but
/// unlock resolves the post's pending flags, changes the post's concurrency stamp (so when two moderators act at
/// once, one wins and the other gets a conflict) and writes the audit log. Acting on what is already handled is a conflict.
/// </summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record ModeratePost(PostType PostType, int PostId, string Action, string? Reason = null, int? Days = null, int? DuplicateOfQuestionId = null)
    : IRequest<ModerationResult>;

public sealed class ModeratePostValidator : AbstractValidator<ModeratePost>
{
    public const int ReasonMax = 500;
    private static readonly string[] NeedReason = ["hide", "suspend-author", "purge-author"];

    public ModeratePostValidator()
    {
        RuleFor(x => x.PostType).IsInEnum();
        RuleFor(x => x.Action).Must(a => a is not null && ModerationCodes.Actions.ContainsKey(a))
            .WithMessage($"Choose an action: {string.Join(", ", ModerationCodes.Actions.Keys)}.");
        RuleFor(x => x.Reason).MaximumLength(ReasonMax).WithMessage($"A reason is at most {ReasonMax} characters.");
        RuleFor(x => x.Reason).Must(r => Text.CleanLine(r).Length > 0).When(x => NeedReason.Contains(x.Action))
            .WithMessage("Give a reason.");
        RuleFor(x => x.Days).NotNull().Must(d => ModerationCodes.SuspensionDays.Contains(d!.Value)).When(x => x.Action == "suspend-author")
            .WithMessage("Suspend for 1, 7 or 30 days, or 0 for permanently.");
        RuleFor(x => x.Days).Must(d => d is null || ModerationCodes.SuspensionDays.Contains(d.Value)).When(x => x.Action == "purge-author")
            .WithMessage("Suspend for 1, 7 or 30 days, or 0 for permanently.");
        RuleFor(x => x.PostType).Equal(PostType.Question).When(x => x.Action is "lock" or "unlock" or "close-duplicate")
            .WithMessage("Only questions can be locked, unlocked or closed as duplicates.");
        RuleFor(x => x.DuplicateOfQuestionId).NotNull().GreaterThan(0).When(x => x.Action == "close-duplicate")
            .WithMessage("Give the id of the original question.");
    }
}

public sealed class ModeratePostHandler(
    IForumDb db, ICurrentUser user, TimeProvider clock, ReputationLedger ledger, ModerationRules rules, IMemberAccounts accounts, Notifier notifier)
    : IRequestHandler<ModeratePost, ModerationResult>
{
    public async Task<ModerationResult> Handle(ModeratePost request, CancellationToken cancellationToken)
    {
        var (post, question) = await db.FindVisiblePostAsync(request.PostType, request.PostId, user, cancellationToken, includeDeleted: true);
        var flags = await PendingFlagsAsync([(post.Type, post.Id)], cancellationToken);
        var action = ModerationCodes.Actions[request.Action];
        var reason = NullIfEmpty(Text.CleanLine(request.Reason));
        var spam = ModerationCodes.IsSpamOrAbuse(reason) || flags.Any(f => f.IsSpamOrAbuse);
        var now = clock.GetUtcNow();
        var moderator = user.UserId!;
        var (wasDeleted, hiddenBefore) = (post.IsDeleted, post.IsHidden && !post.IsHeld ? post.HiddenById ?? "" : null);

        switch (action)
        {
            case ModerationActionType.Approve when post.IsHeld:
                post.Restore(now);
                Resolve(flags, dismiss: true, "Approved");
                await notifier.HeldPostApprovedAsync(post, question, cancellationToken);
                break;
            case ModerationActionType.Approve:
                Ensure(flags.Count > 0, "There is nothing to approve on this post.");
                Resolve(flags, dismiss: false, "Approved");
                if (flags.Any(f => f.IsSpamOrAbuse) && !post.IsDeleted)
                {
                    reason ??= ModerationCodes.Describe(flags.First(f => f.IsSpamOrAbuse).Reason);
                    post.Hide(moderator, reason, now);
                    await PenaliseAsync(post, cancellationToken);
                }
                else
                    post.MarkReviewed();
                break;
            case ModerationActionType.Dismiss:
                Ensure(flags.Count > 0, "This post has no pending flags.");
                Resolve(flags, dismiss: true, "Dismissed");
                if (post.IsHidden && post.HiddenById is null && !post.IsHeld)
                    post.Restore(now);
                else
                    post.MarkReviewed();
                break;
            case ModerationActionType.Hide:
                Ensure(!post.IsDeleted && (!post.IsHidden || post.IsHeld || post.HiddenById is null), "This post is already hidden.");
                post.Hide(moderator, reason!, now);
                Resolve(flags, dismiss: false, "Post hidden");
                if (spam) await PenaliseAsync(post, cancellationToken);
                break;
            case ModerationActionType.Delete:
                Ensure(!post.IsDeleted, "This post is already deleted.");
                reason ??= flags.Count > 0 ? ModerationCodes.Describe(flags[0].Reason) : "removed by a moderator";
                post.Remove(moderator, reason, now);
                Resolve(flags, dismiss: false, "Post deleted");
                if (spam) await PenaliseAsync(post, cancellationToken);
                break;
            case ModerationActionType.Restore:
                Ensure(!post.IsPublic, "This post is not hidden or deleted.");
                post.Restore(now);
                Resolve(flags, dismiss: true, "Dismissed: the post was restored");
                await ledger.ReverseForPostAsync(post, ReputationReason.PostRemovedAsSpamOrAbuse, cancellationToken);
                break;
            case ModerationActionType.Lock:
                Ensure(question.Status is QuestionStatus.Open or QuestionStatus.Solved, "This question is already locked or closed.");
                question.Lock();
                Resolve(flags, dismiss: false, "Question locked");
                break;
            case ModerationActionType.Unlock:
                Ensure(question.Status is QuestionStatus.Locked or QuestionStatus.ClosedAsDuplicate, "This question is not locked or closed.");
                question.Reopen(now);
                break;
            case ModerationActionType.CloseDuplicate:
                Ensure(question.Status is QuestionStatus.Open or QuestionStatus.Solved, "This question is already locked or closed.");
                question.CloseAsDuplicateOf(await OriginalAsync(request.DuplicateOfQuestionId!.Value, question.Id, cancellationToken));
                Resolve(flags, dismiss: false, "Closed as a duplicate");
                reason ??= $"duplicate of question {request.DuplicateOfQuestionId}";
                break;
            case ModerationActionType.SuspendAuthor:
                await SuspendAsync(post.AuthorId, request.Days!.Value, reason!, cancellationToken);
                post.MarkReviewed();
                Resolve(flags, dismiss: false, "Author suspended");
                await RejectHeldPostsAsync(post.AuthorId, reason!, cancellationToken);
                break;
            case ModerationActionType.PurgeAuthor:
                await PurgeAsync(post, request.Days ?? 0, reason!, cancellationToken);
                break;
        }
        db.ModerationActions.Add(new ModerationAction(moderator, action, post.Type, post.Id, question.Id, post.AuthorId, reason, now));
        var newlyRemoved = post.IsDeleted ? !wasDeleted : post.IsHidden && !post.IsHeld && (post.HiddenById ?? "") != hiddenBefore;
        if (newlyRemoved)
            await notifier.PostModeratedAsync(post, question, cancellationToken);
        await notifier.FlagsResolvedAsync(flags.Where(f => f.Status != FlagStatus.Pending).ToList(), post, question, moderator, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ModerationResult(request.Action, post.Type, post.Id,
            PostModeration.Of(post.DeletedAt, post.DeletedReason, post.HiddenAt, post.IsHeld, post.HiddenReason), question.Status, flags.Count);
    }

    private Task<List<Flag>> PendingFlagsAsync(IReadOnlyCollection<(PostType Type, int Id)> posts, CancellationToken ct)
    {
        var questionIds = posts.Where(p => p.Type == PostType.Question).Select(p => p.Id).ToList();
        var answerIds = posts.Where(p => p.Type == PostType.Answer).Select(p => p.Id).ToList();
        return db.Flags.Where(f => f.Status == FlagStatus.Pending
                && ((f.PostType == PostType.Question && questionIds.Contains(f.PostId)) || (f.PostType == PostType.Answer && answerIds.Contains(f.PostId))))
            .OrderBy(f => f.Id).ToListAsync(ct);
    }

    private void Resolve(List<Flag> flags, bool dismiss, string resolution)
    {
        foreach (var flag in flags)
        {
            if (dismiss) flag.Dismiss(user.UserId!, resolution, clock.GetUtcNow());
            else flag.Uphold(user.UserId!, resolution, clock.GetUtcNow());
        }
    }

    /// <summary>The author loses reputation once per removal, however many steps it takes (hidden, then deleted).</summary>
    private async Task PenaliseAsync(Post post, CancellationToken ct)
    {
        if (!await ledger.HasStandingAsync(post, ReputationReason.PostRemovedAsSpamOrAbuse, ct))
            await ledger.AwardAsync(post.AuthorId, rules.RemovedAsSpamPenalty, ReputationReason.PostRemovedAsSpamOrAbuse, post, user.UserId!, ct);
    }

    private async Task SuspendAsync(string memberId, int days, string reason, CancellationToken ct)
    {
        if (memberId == user.UserId || await accounts.HasAnyRoleAsync(memberId, ct))
            throw new ForbiddenException("Moderators, staff and admins cannot be suspended from the moderation queue.");
        var member = await db.Members.SingleAsync(m => m.Id == memberId, ct);
        var until = days == 0 ? Member.Permanently : clock.GetUtcNow().AddDays(days);
        Ensure(member.SuspendedUntil is not { } current || current < until, "The author is already suspended for at least that long.");
        member.Suspend(until, reason);
        await accounts.EndSessionsAsync(memberId, ct);
    }

    /// <summary>
    /// The posts of a suspended author that still wait for review are rejected with the suspension: their cards leave
    /// the queue for good, each with its line in the audit log.
    /// </summary>
    private async Task RejectHeldPostsAsync(string authorId, string reason, CancellationToken ct)
    {
        var questions = await db.Questions.Where(ContentVisibility.IsLiveQuestion).Where(q => q.AuthorId == authorId && q.IsHeld).ToListAsync(ct);
        var answers = await db.Answers.Include(a => a.Question).Where(ContentVisibility.IsLiveAnswer).Where(a => a.AuthorId == authorId && a.IsHeld).ToListAsync(ct);
        foreach (var held in questions.Cast<Post>().Concat(answers))
        {
            held.Remove(user.UserId!, reason, clock.GetUtcNow());
            db.ModerationActions.Add(new ModerationAction(user.UserId, ModerationActionType.Delete, held.Type, held.Id,
                held.ThreadQuestionId, authorId, $"{reason} (held for review; author suspended)", clock.GetUtcNow()));
        }
    }

    /// <summary>Suspends a spam account and removes every post of theirs as spam, each with its own line in the audit log.</summary>
    private async Task PurgeAsync(Post target, int days, string reason, CancellationToken ct)
    {
        var authorId = target.AuthorId;
        var questions = await db.Questions.Where(ContentVisibility.IsLiveQuestion).Where(q => q.AuthorId == authorId).ToListAsync(ct);
        var answers = await db.Answers.Include(a => a.Question).Where(ContentVisibility.IsLiveAnswer).Where(a => a.AuthorId == authorId).ToListAsync(ct);
        var posts = questions.Cast<Post>().Concat(answers).ToList();
        var member = await db.Members.SingleAsync(m => m.Id == authorId, ct);
        Ensure(posts.Count > 0 || !member.IsSuspendedAt(clock.GetUtcNow()), "This author is already suspended and has no posts left.");
        if (!member.IsSuspendedAt(clock.GetUtcNow()) || member.SuspendedUntil < (days == 0 ? Member.Permanently : clock.GetUtcNow().AddDays(days)))
            await SuspendAsync(authorId, days, reason, ct);
        else if (await accounts.HasAnyRoleAsync(authorId, ct))
            throw new ForbiddenException("Moderators, staff and admins cannot be suspended from the moderation queue.");

        var flags = await PendingFlagsAsync(posts.Select(p => (p.Type, p.Id)).ToList(), ct);
        Resolve(flags, dismiss: false, "Author's posts removed");
        foreach (var post in posts)
        {
            post.Remove(user.UserId!, "spam", clock.GetUtcNow());
            await PenaliseAsync(post, ct);
            if (post != target)
                db.ModerationActions.Add(new ModerationAction(user.UserId, ModerationActionType.Delete, post.Type, post.Id,
                    post.ThreadQuestionId, authorId, "spam (account purged)", clock.GetUtcNow()));
        }
        target.MarkReviewed();
    }

    private async Task<Question> OriginalAsync(int originalId, int questionId, CancellationToken ct) =>
        originalId == questionId
            ? throw new RuleViolationException(nameof(ModeratePost.DuplicateOfQuestionId), "A question cannot be a duplicate of itself.")
            : await db.Questions.Where(q => q.Id == originalId).Where(ContentVisibility.IsPublicQuestion).SingleOrDefaultAsync(ct)
              ?? throw new RuleViolationException(nameof(ModeratePost.DuplicateOfQuestionId), "The original question was not found.");

    private static void Ensure(bool condition, string message)
    {
        if (!condition)
            throw new ConflictException(message);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

public sealed record ModerationResult(string Action, PostType PostType, int PostId, PostModeration? Moderation, QuestionStatus QuestionStatus, int FlagsResolved);
