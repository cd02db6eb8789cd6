using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Forum.Infrastructure.Identity;

/// <summary>
/// Password sign-in for the login page and the Identity API alike, answering so that nobody learns whether an
/// address has an account. Every attempt costs one password hash, an unknown address included
/// (<see cref="UnknownAccountPasswords"/>); a wrong password is the same <see cref="SignInResult.Failed"/> whatever
/// the account's state; only the right password hears that the account is unconfirmed or suspended (with the end
/// date). While an account is locked out every attempt fails alike, the right password too, so that lockout still
/// stops password guessing; its owner is told by email instead. Every failed password counts towards lockout, also from the login page (which asks
/// for sign-in without it).
/// </summary>
public sealed class ForumSignInManager(
    UserManager<ForumUser> userManager, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<ForumUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<ForumUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ForumUser> confirmation, UnknownAccountPasswords unknownAccounts, ForumDbContext db, TimeProvider clock, IForumLinks links)
    : SignInManager<ForumUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is { } user)
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
        unknownAccounts.Check(password);
        return SignInResult.Failed;
    }

    public override Task<SignInResult> PasswordSignInAsync(ForumUser user, string password, bool isPersistent, bool lockoutOnFailure) =>
        base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);

    public override async Task<SignInResult> CheckPasswordSignInAsync(ForumUser user, string password, bool lockoutOnFailure)
    {
        var wasLockedOut = await IsLockedOut(user);
        var passwordIsRight = await UserManager.CheckPasswordAsync(user, password);
        if (wasLockedOut)
            return SignInResult.Failed;
        if (!passwordIsRight)
        {
            await UserManager.AccessFailedAsync(user);
            if (await IsLockedOut(user))
                await TellOwnerOfLockoutAsync(user);
            return SignInResult.Failed;
        }
        if (!await CanSignInAsync(user))
            return RefusedSignIn.Unconfirmed;
        if (await SuspendedUntilAsync(user.Id) is { } until)
            return RefusedSignIn.Suspended(until);
        if (!await IsTwoFactorEnabledAsync(user) || await IsTwoFactorClientRememberedAsync(user))
            await UserManager.ResetAccessFailedCountAsync(user);
        return SignInResult.Success;
    }

    /// <summary>
    /// A sign-in (a cookie being re-checked, a refresh token) stays valid while its security stamp is current and
    /// the member is not suspended.
    /// </summary>
    public override async Task<ForumUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { } user && await SuspendedUntilAsync(user.Id) is null ? user : null;

    /// <summary>
    /// The login answers a locked account like any wrong password, so its owner hears by email (through the outbox,
    /// which the answer does not wait for) until when, and where to reset a forgotten password.
    /// </summary>
    private async Task TellOwnerOfLockoutAsync(ForumUser user)
    {
        var until = await UserManager.GetLockoutEndDateAsync(user);
        var reset = WebUtility.HtmlEncode(links.Absolute(links.ForgotPassword));
        db.OutboxMessages.Add(new OutboxMessage(user.Id, "Sign-in to your account is paused",
            $"<p>After {Options.Lockout.MaxFailedAccessAttempts} wrong passwords in a row, sign-in to your forum account is paused " +
            $"until {until!.Value.UtcDateTime:yyyy-MM-dd HH:mm} UTC; until then even the right password is refused.</p>" +
            $"<p>If you no longer know your password, <a href=\"{reset}\">reset it</a>. If it was not you, someone may be guessing it: " +
            "choose a long password that you use nowhere else.</p>", clock.GetUtcNow()));
        await db.SaveChangesAsync();
    }

    private async Task<DateTimeOffset?> SuspendedUntilAsync(string memberId)
    {
        var until = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => m.SuspendedUntil).SingleOrDefaultAsync();
        return until > clock.GetUtcNow() ? until : null;
    }
}

/// <summary>
/// A sign-in refused to someone who gave the right password, saying why: the API's login puts
/// <see cref="ToString"/> in its ProblemDetails, the login page shows <see cref="Reason"/>.
/// </summary>
public sealed class RefusedSignIn : SignInResult
{
    public static readonly RefusedSignIn Unconfirmed =
        new("Confirm your email address first: follow the link in the email we sent you, or ask for a new one.", Phrase.Of("Login.Unconfirmed"), suspendedUntil: null);

    private RefusedSignIn(string reason, Phrase said, DateTimeOffset? suspendedUntil)
    {
        IsNotAllowed = true;
        Reason = reason;
        Said = said;
        SuspendedUntil = suspendedUntil;
    }

    public string Reason { get; }

    /// <summary>The reason in the reader's language.</summary>
    public Phrase Said { get; }

    public DateTimeOffset? SuspendedUntil { get; }

    public static RefusedSignIn Suspended(DateTimeOffset until) => new(Member.SuspensionNotice(until), Member.SuspensionPhrase(until), until);

    public override string ToString() => Reason;
}
