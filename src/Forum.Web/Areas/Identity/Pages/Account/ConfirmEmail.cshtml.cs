namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>Where the link of the sign-up email leads: the address is confirmed, or the page says why not and what to do.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<ForumUser> users, SignInManager<ForumUser> signIn) : PageModel
{
    public bool Confirmed { get; private set; }

    public bool IsSignedIn => signIn.IsSignedIn(User);

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        var token = AccountTokens.Decode(code);
        var account = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        Confirmed = account is not null && token is not null && (await users.ConfirmEmailAsync(account, token)).Succeeded;
        if (!Confirmed)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
