namespace Forum.Domain.Features.Support;

/// <summary>Who may change a question's place in the Needs attention queue: moderators, staff and members who may vote up.</summary>
public sealed class QueuePermissions(IForumDb db, ICurrentUser user, ReputationRules rules)
{
    public async Task EnsureCanManageQueueAsync(CancellationToken ct)
    {
        if (Roles.IsModeratorOrStaff(user))
            return;
        var reputation = await db.Members.Where(m => m.Id == user.UserId).Select(m => m.Reputation).SingleAsync(ct);
        if (reputation < rules.VoteUpPrivilege)
            throw new ForbiddenException($"You need {rules.VoteUpPrivilege} reputation to manage the Needs attention queue.", Phrase.Of("Problem.QueuePrivilege", rules.VoteUpPrivilege));
    }
}
