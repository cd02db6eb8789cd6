using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Forum.Infrastructure.Identity;

/// <summary>
/// Whether a sign-in (cookie or bearer token) is still current: its security stamp is the account's. A suspension
/// (and a password change) changes the stamp, so the sign-ins made before it stop on their next request. The stamp
/// is read through the read cache, which starts afresh on every committed write: a memory lookup while nothing was
/// written, else one query by primary key per signed-in member.
/// </summary>
public sealed class CurrentSessions(ForumDbContext db, IReadCache cache, IOptions<IdentityOptions> identity)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (principal.FindFirstValue(claims.UserIdClaimType) is not { } userId)
            return false;
        var stamp = await cache.GetOrReadAsync(("security-stamp", userId),
            () => db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync());
        return stamp is not null && stamp == principal.FindFirstValue(claims.SecurityStampClaimType);
    }
}
