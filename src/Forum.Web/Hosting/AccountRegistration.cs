namespace Forum.Web.Hosting;

/// <summary>
/// The account's emails that must not tell which addresses have accounts: opening one, a new confirmation link and a
/// password reset. Opens an account for the sign-up page and the API alike, answering the same whether or not the
/// address already has one: a bad address or a weak password is refused for both, and otherwise both get the same success with the
/// same work (a password hash and one email). A new address gets its confirmation link; the owner of an existing
/// one is told that someone tried (or, still unconfirmed, gets a new confirmation link).
/// </summary>
public sealed class AccountRegistration(UserManager<ForumUser> users, IdentityEmailSender emails, ForumLinks links, IForumDb db, IForumTexts texts)
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    /// <summary>The error code of a display name that cannot be had (the sign-up page shows it beside the name).</summary>
    public const string DisplayNameError = "DisplayName";

    /// <param name="displayName">The name to be known by; none gives a "Member 123456" name that can be changed later.</param>
    public async Task<IdentityResult> RegisterAsync(string email, string password, string? displayName = null)
    {
        email = email.Trim();
        if (email.Length == 0 || !EmailFormat.IsValid(email))
            return IdentityResult.Failed(users.ErrorDescriber.InvalidEmail(email));
        if (displayName is not null && await DisplayNameProblemAsync(Text.CleanLine(displayName)) is { } problem)
            return IdentityResult.Failed(new IdentityError { Code = DisplayNameError, Description = problem });

        var account = new ForumUser { UserName = email, Email = email, DisplayName = displayName is null ? null : Text.CleanLine(displayName) };
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            var weak = await ValidatePasswordAsync(account, password);
            if (!weak.Succeeded)
                return weak;
            users.PasswordHasher.HashPassword(account, password); // the work a new account's hash costs
            await TellOwnerAsync(existing);
            return IdentityResult.Success;
        }

        var created = await users.CreateAsync(account, password);
        if (created.Succeeded)
            await SendConfirmationAsync(account);
        else if (IsOnlyDuplicate(created) && await users.FindByEmailAsync(email) is { } sameMoment)
            await TellOwnerAsync(sameMoment); // someone else opened it a moment ago
        else
            return created;
        return IdentityResult.Success;
    }

    /// <summary>
    /// A new confirmation link for an address whose account still waits for it; nothing for any other address (the page
    /// says the same either way). An erased account, which has no password, never gets one.
    /// </summary>
    public async Task ResendConfirmationAsync(string email)
    {
        if (await users.FindByEmailAsync(email.Trim()) is { EmailConfirmed: false, PasswordHash: not null } account)
            await SendConfirmationAsync(account);
    }

    /// <summary>
    /// A password-reset link for an address whose account is confirmed; nothing for any other address (the page says
    /// the same either way, so it tells nobody which addresses have accounts).
    /// </summary>
    public async Task SendPasswordResetAsync(string email)
    {
        if (await users.FindByEmailAsync(email.Trim()) is { } account && await users.IsEmailConfirmedAsync(account))
        {
            var code = AccountTokens.Encode(await users.GeneratePasswordResetTokenAsync(account));
            await emails.SendPasswordResetLinkAsync(account, account.Email!, links.Absolute(links.ResetPassword(code)));
        }
    }

    /// <summary>Why the name cannot be had, in the language of the request.</summary>
    private async Task<string?> DisplayNameProblemAsync(string name)
    {
        if (Forum.Domain.Features.Users.DisplayNameRules.FormProblem(name) is { } problem)
            return problem.In(Languages.Current, texts);
        try
        {
            await Forum.Domain.Features.Users.DisplayNameRules.EnsureAvailableAsync(db, name, forTeam: false, memberId: null, DisplayNameError, default);
            return null;
        }
        catch (RuleViolationException refused)
        {
            return refused.Said.In(Languages.Current, texts);
        }
    }

    private async Task<IdentityResult> ValidatePasswordAsync(ForumUser account, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
            errors.AddRange((await validator.ValidateAsync(users, account, password)).Errors);
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    private static bool IsOnlyDuplicate(IdentityResult result) =>
        result.Errors.All(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail));

    private Task TellOwnerAsync(ForumUser owner) =>
        owner.EmailConfirmed
            ? emails.SendRegistrationAttemptAsync(owner.Email!, links.Absolute(links.Login()), links.Absolute(links.ForgotPassword))
            : SendConfirmationAsync(owner);

    private async Task SendConfirmationAsync(ForumUser account)
    {
        var code = AccountTokens.Encode(await users.GenerateEmailConfirmationTokenAsync(account));
        var link = links.Absolute(links.ConfirmEmail(account.Id, code));
        await emails.SendConfirmationLinkAsync(account, account.Email!, link);
    }
}
