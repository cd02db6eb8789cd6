using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forum.Infrastructure.Identity;

/// <summary>
/// Counts every failed password towards lockout. The built-in login page asks for sign-in without
/// lockout; the API endpoints ask with it; here both lock an account after repeated failures.
/// </summary>
public sealed class ForumSignInManager(
    UserManager<ForumUser> userManager, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<ForumUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<ForumUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ForumUser> confirmation)
    : SignInManager<ForumUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure) =>
        base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure: true);

    public override Task<SignInResult> PasswordSignInAsync(ForumUser user, string password, bool isPersistent, bool lockoutOnFailure) =>
        base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
}
