namespace Forum.Domain.Features.Questions;

/// <summary>Who may edit a post: its author, members with the edit privilege, moderators and staff.</summary>
public sealed class PostPermissions(IForumDb db, ICurrentUser user, ReputationRules rules)
{
    public async Task EnsureCanEditAsync(Post post, CancellationToken ct)
    {
        if (await CanEditAsync(post, ct))
            return;
        throw new ForbiddenException("You can only edit your own posts.", Phrase.Of("Problem.EditOwnPosts"));
    }

    public async Task<bool> CanEditAsync(Post post, CancellationToken ct)
    {
        if (post.IsAuthoredBy(user.UserId) || Roles.IsModeratorOrStaff(user))
            return true;
        var reputation = await db.Members.Where(m => m.Id == user.UserId).Select(m => m.Reputation).SingleOrDefaultAsync(ct);
        return reputation >= rules.EditOthersPrivilege;
    }
}
