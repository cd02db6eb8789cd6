namespace Forum.Domain.Features.Users;

/// <summary>
/// What leaving the forum does to a member, whoever asks for it (the member, <see cref="DeleteMyAccount"/>, or a
/// moderator, <see cref="RemoveMemberAccount"/>); docs/account-deletion.md says why each thing is kept or erased.
/// Erased: the sign-in account (email, password, two-factor keys, roles), the name, notifications, watches, email
/// preferences, unsent emails and the questions the member had taken as a helper. Kept: their posts (shown as by a
/// <see cref="Member.FormerMemberName"/>), the votes they cast and the reputation ledger, so that nobody else's
/// score or reputation changes; and one audit line.
/// </summary>
public sealed class AccountErasure(IForumDb db, IMemberAccounts accounts, TimeProvider clock)
{
    public async Task EraseAsync(Member member, string? actorId, ModerationActionType action, string? reason, CancellationToken ct)
    {
        if (member.LeftAt is not null)
            throw new ConflictException("This member has already left the forum.", said: Phrase.Of("Problem.AlreadyLeft"));
        var now = clock.GetUtcNow();
        await accounts.EraseAsync(member.Id, ct);
        member.Leave(now);

        db.Notifications.RemoveRange(await db.Notifications.Where(n => n.MemberId == member.Id).ToListAsync(ct));
        db.Watches.RemoveRange(await db.Watches.Where(w => w.MemberId == member.Id).ToListAsync(ct));
        db.EmailPreferences.RemoveRange(await db.EmailPreferences.Where(p => p.MemberId == member.Id).ToListAsync(ct));
        db.OutboxMessages.RemoveRange(await db.OutboxMessages.Where(m => m.MemberId == member.Id && m.SentAt == null).ToListAsync(ct));
        foreach (var taken in await db.Questions.Where(q => q.TakenById == member.Id).ToListAsync(ct))
            taken.Release(member.Id, isStaff: false);

        db.ModerationActions.Add(new ModerationAction(actorId, action, null, null, null, member.Id, reason, now));
    }
}
