namespace Forum.Domain.Features.Users;

/// <summary>
/// The signed-in member deletes their account (the page has checked their password first): they can no longer sign
/// in, their personal data is erased and their posts stay, shown as by a former member (<see cref="AccountErasure"/>).
/// </summary>
[RequiresMember]
public sealed record DeleteMyAccount : IRequest<Unit>;

public sealed class DeleteMyAccountHandler(IForumDb db, ICurrentUser user, AccountErasure erasure) : IRequestHandler<DeleteMyAccount, Unit>
{
    public async Task<Unit> Handle(DeleteMyAccount request, CancellationToken cancellationToken)
    {
        await db.LockAsync(Locks.Member(user.UserId!), cancellationToken); // before reading: a removal at the same moment is seen
        var member = await db.CurrentMemberAsync(user, cancellationToken);
        await erasure.EraseAsync(member, member.Id, ModerationActionType.AccountDeleted, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
