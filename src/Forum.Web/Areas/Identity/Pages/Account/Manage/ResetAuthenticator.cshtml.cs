namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Moves to a new authenticator app: a new key, so the old app's codes stop working, and two-step sign-in is off until
/// the new app is set up on the next page.
/// </summary>
public sealed class ResetAuthenticatorModel(IMediator mediator, UserManager<ForumUser> users, SignInManager<ForumUser> signIn) : SettingsPage(mediator, users)
{
    public async Task<IActionResult> OnGetAsync() => await AccountAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AccountAsync() is not { } account)
            return Challenge();
        await Users.SetTwoFactorEnabledAsync(account, false);
        await Users.ResetAuthenticatorKeyAsync(account);
        await signIn.RefreshSignInAsync(account);
        StatusMessage = Texts["ResetApp.Done"];
        return RedirectToPage("./EnableAuthenticator");
    }
}
