namespace Forum.Infrastructure.Identity;

/// <summary>
/// Moderation's view of sign-in accounts, and their erasure when a member leaves. Ending sessions changes the account's security stamp in the same unit of
/// work as the suspension, so cookies and refresh tokens issued before it stop being accepted.
/// </summary>
public sealed class MemberAccounts(ForumDbContext db) : IMemberAccounts
{
    public async Task EndSessionsAsync(string memberId, CancellationToken ct)
    {
        var account = await db.Users.SingleAsync(u => u.Id == memberId, ct);
        account.SecurityStamp = Guid.NewGuid().ToString();
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    public async Task EraseAsync(string memberId, CancellationToken ct)
    {
        var account = await db.Users.SingleAsync(u => u.Id == memberId, ct);
        // The account row stays (the member's profile hangs on it); nothing in it identifies the person any more, no
        // password opens it and its address may open a new account.
        var placeholder = $"former-member-{memberId}@invalid";
        account.UserName = account.Email = placeholder;
        account.NormalizedUserName = account.NormalizedEmail = placeholder.ToUpperInvariant();
        account.DisplayName = null;
        account.EmailConfirmed = false;
        account.PasswordHash = null;
        account.PhoneNumber = null;
        account.PhoneNumberConfirmed = false;
        account.TwoFactorEnabled = false;
        account.LockoutEnabled = true;
        account.LockoutEnd = Forum.Domain.Entities.Member.Permanently;
        account.SecurityStamp = Guid.NewGuid().ToString();
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.UserRoles.RemoveRange(await db.UserRoles.Where(r => r.UserId == memberId).ToListAsync(ct));
        db.UserClaims.RemoveRange(await db.UserClaims.Where(c => c.UserId == memberId).ToListAsync(ct));
        db.UserLogins.RemoveRange(await db.UserLogins.Where(l => l.UserId == memberId).ToListAsync(ct));
        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == memberId).ToListAsync(ct));
    }

    public Task<bool> HasAnyRoleAsync(string memberId, CancellationToken ct) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == memberId && db.Roles.Any(r => r.Id == ur.RoleId && Roles.Team.Contains(r.Name!)), ct);
}
