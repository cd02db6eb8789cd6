using Forum.Domain.Features.Moderation;

namespace Forum.Domain.Features.Users;

/// <summary>
/// A moderator removes a member's account (a spammer's, or at the member's request): the same erasure as when a
/// member deletes their own (<see cref="AccountErasure"/>), and with <see cref="RemovePosts"/> their live posts are
/// removed too, each with its own line in the audit log. Accounts of the forum's team are not removed this way.
/// </summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record RemoveMemberAccount(string MemberId, string Reason, bool RemovePosts) : IRequest<Unit>;

public sealed class RemoveMemberAccountValidator : AbstractValidator<RemoveMemberAccount>
{
    public RemoveMemberAccountValidator()
    {
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Say why the account is removed.")
            .MaximumLength(ModerationCodes.ReasonMax).WithMessage($"Keep the reason under {ModerationCodes.ReasonMax} characters.");
    }
}

public sealed class RemoveMemberAccountHandler(IForumDb db, ICurrentUser user, IMemberAccounts accounts, ModerationDesk desk, AccountErasure erasure)
    : IRequestHandler<RemoveMemberAccount, Unit>
{
    public async Task<Unit> Handle(RemoveMemberAccount request, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == request.MemberId, cancellationToken)
            ?? throw new NotFoundException("The member");
        if (member.Id == user.UserId || await accounts.HasAnyRoleAsync(member.Id, cancellationToken))
            throw new ForbiddenException("Accounts of the forum's team are not removed here; an admin takes the role away first.");
        await db.LockAsync(Locks.Member(member.Id), cancellationToken);
        var reason = request.Reason.Trim();
        if (request.RemovePosts)
        {
            var questions = await db.Questions.Where(ContentVisibility.IsLiveQuestion).Where(q => q.AuthorId == member.Id).ToListAsync(cancellationToken);
            var answers = await db.Answers.Include(a => a.Question).Where(ContentVisibility.IsLiveAnswer).Where(a => a.AuthorId == member.Id).ToListAsync(cancellationToken);
            foreach (var post in questions.Cast<Post>().Concat(answers))
                desk.RemoveWithAuthor(post, "account removed", $"account removed: {reason}");
        }
        await erasure.EraseAsync(member, user.UserId, ModerationActionType.AccountRemoved, reason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
