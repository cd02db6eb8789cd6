using Forum.Domain.Common;
using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Forum.Infrastructure.Identity;

/// <summary>
/// Moderation's view of sign-in accounts. Ending sessions changes the account's security stamp in the same unit of
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

    public Task<bool> HasAnyRoleAsync(string memberId, CancellationToken ct) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == memberId && db.Roles.Any(r => r.Id == ur.RoleId && Roles.All.Contains(r.Name!)), ct);
}
