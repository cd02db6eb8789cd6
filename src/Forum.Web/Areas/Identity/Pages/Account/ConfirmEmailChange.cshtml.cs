namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Where the link sent to a new address leads: the account's email (which is also its user name) becomes that address,
/// confirmed by the link itself. An address another account uses is refused here, where only its owner reads it.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailChangeModel(UserManager<ForumUser> users, SignInManager<ForumUser> signIn) : PageModel
{
    public string? NewEmail { get; private set; }

    /// <summary>Why the address did not change; null when it did.</summary>
    public string? Problem { get; private set; }

    public bool IsSignedIn => signIn.IsSignedIn(User);

    public async Task<IActionResult> OnGetAsync(string? userId, string? email, string? code)
    {
        NewEmail = email;
        var token = AccountTokens.Decode(code);
        var account = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (account is null || token is null || string.IsNullOrWhiteSpace(email))
            return Refuse(LinkDoesNotWork);
        account.UserName = email;
        var result = await users.ChangeEmailAsync(account, email, token);
        if (!result.Succeeded)
            return Refuse(result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? $"{email} is already the address of another account on the forum. Log in to that one, or choose another address."
                : LinkDoesNotWork);
        if (IsSignedIn && users.GetUserId(User) == account.Id)
            await signIn.RefreshSignInAsync(account); // the change made a new security stamp, which every request checks
        return Page();
    }

    private const string LinkDoesNotWork =
        "This link does not work: it may be incomplete (some mail apps cut long links), expired, or already used. Your address has not changed.";

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
