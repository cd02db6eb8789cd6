using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Forum.Infrastructure.Identity;

/// <summary>
/// Adds the member's forum display name to the sign-in, so the header greets them by name, and the language they chose,
/// which their pages are in wherever they sign in.
/// </summary>
public sealed class ForumClaimsPrincipalFactory(
    UserManager<ForumUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options, ForumDbContext db)
    : UserClaimsPrincipalFactory<ForumUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "forum_display_name";
    public const string LanguageClaim = "forum_language";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ForumUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var member = await db.Members.Where(m => m.Id == user.Id).Select(m => new { m.DisplayName, m.Language }).SingleOrDefaultAsync();
        if (!string.IsNullOrEmpty(member?.DisplayName))
            identity.AddClaim(new Claim(DisplayNameClaim, member.DisplayName));
        if (!string.IsNullOrEmpty(member?.Language))
            identity.AddClaim(new Claim(LanguageClaim, member.Language));
        return identity;
    }
}
