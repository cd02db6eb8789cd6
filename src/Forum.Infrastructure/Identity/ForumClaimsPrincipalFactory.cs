using System.Security.Claims;
using Forum.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Forum.Infrastructure.Identity;

/// <summary>Adds the member's forum display name to the sign-in, so the header greets them by name.</summary>
public sealed class ForumClaimsPrincipalFactory(
    UserManager<ForumUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options, ForumDbContext db)
    : UserClaimsPrincipalFactory<ForumUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "forum_display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ForumUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var name = await db.Members.Where(m => m.Id == user.Id).Select(m => m.DisplayName).SingleOrDefaultAsync();
        if (!string.IsNullOrEmpty(name))
            identity.AddClaim(new Claim(DisplayNameClaim, name));
        return identity;
    }
}
