namespace Forum.Domain.Features.Users;

/// <summary>
/// A moderator removes a member's account (a spammer's, or at the member's request): the same erasure as when a
/// member deletes their own (<see cref="AccountErasure"/>). Their posts stay, shown as by a former member, or with
/// <see cref="RemovePosts"/> every live one is removed as spam, each with its own line in the audit log, and the flags
/// waiting on them are upheld. Accounts of the forum's team are not removed this way.
/// </summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record RemoveMemberAccount(string MemberId, string Reason, bool RemovePosts) : IRequest<RemovedAccount>;

public sealed class RemoveMemberAccountValidator : AbstractValidator<RemoveMemberAccount>
{
    public RemoveMemberAccountValidator(IForumTexts texts)
    {
        RuleFor(x => x.MemberId).NotEmpty().MaximumLength(450);
        RuleFor(x => x.Reason).Must(r => Text.CleanLine(r).Length > 0).Says(texts, "Validation.Remove.Reason")
            .MaximumLength(ModerationCodes.ReasonMax).Says(texts, "Validation.Remove.ReasonLength", ModerationCodes.ReasonMax);
    }
}

public sealed class RemoveMemberAccountHandler(IForumDb db, ICurrentUser user, IMemberAccounts accounts, ModerationDesk desk, AccountErasure erasure, TimeProvider clock)
    : IRequestHandler<RemoveMemberAccount, RemovedAccount>
{
    public async Task<RemovedAccount> Handle(RemoveMemberAccount request, CancellationToken cancellationToken)
    {
        // Locked before the member is read, so that of two removals (or a removal and the member's own deletion) at
        // the same moment the second sees that the member has left.
        await db.LockAsync(Locks.Member(request.MemberId), cancellationToken);
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == request.MemberId, cancellationToken)
            ?? throw new NotFoundException("The member");
        if (member.Id == user.UserId || await accounts.HasAnyRoleAsync(member.Id, cancellationToken))
            throw new ForbiddenException("Accounts of the forum's team are not removed here; an admin takes the role away first.", Phrase.Of("Problem.TeamAccountsNotRemoved"));
        var reason = Text.CleanLine(request.Reason);
        var removed = 0;
        if (request.RemovePosts)
        {
            var questions = await db.Questions.Where(ContentVisibility.IsLiveQuestion).Where(q => q.AuthorId == member.Id).ToListAsync(cancellationToken);
            var answers = await db.Answers.Include(a => a.Question).Where(ContentVisibility.IsLiveAnswer).Where(a => a.AuthorId == member.Id).ToListAsync(cancellationToken);
            var posts = questions.Cast<Post>().Concat(answers).ToList();
            foreach (var flag in await desk.PendingFlagsAsync(posts.Select(p => (p.Type, p.Id)).ToList(), cancellationToken))
                flag.Uphold(user.UserId!, FlagResolutions.AuthorsAccountRemoved, clock.GetUtcNow());
            foreach (var post in posts)
                desk.RemoveWithAuthor(post, ModerationReasons.Spam, ModerationReasons.SpamAccountRemoved(reason));
            removed = posts.Count;
        }
        await erasure.EraseAsync(member, user.UserId, ModerationActionType.AccountRemoved, reason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new RemovedAccount(member.Id, removed);
    }
}

/// <param name="PostsRemoved">The live questions and answers removed as spam with the account (none when they stay).</param>
public sealed record RemovedAccount(string MemberId, int PostsRemoved);
