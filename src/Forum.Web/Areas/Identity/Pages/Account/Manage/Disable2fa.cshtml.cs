namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Turns two-step sign-in off, after asking; the app's key is kept, so turning it on again needs no new scan.</summary>
public sealed class Disable2faModel(IMediator mediator, UserManager<ForumUser> users, SignInManager<ForumUser> signIn) : SettingsPage(mediator, users)
{
    public async Task<IActionResult> OnGetAsync() => await RefusalAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await RefusalAsync() is { } refusal)
            return refusal;
        var account = (await AccountAsync())!;
        await Users.SetTwoFactorEnabledAsync(account, false);
        await signIn.RefreshSignInAsync(account); // the change made a new security stamp, which every request checks
        StatusMessage = "Two-step sign-in is off: your password alone opens your account again.";
        return RedirectToPage("./TwoFactorAuthentication");
    }

    private async Task<IActionResult?> RefusalAsync()
    {
        if (await AccountAsync() is not { } account)
            return Challenge();
        if (await Users.GetTwoFactorEnabledAsync(account))
            return null;
        StatusMessage = "Two-step sign-in is already off.";
        return RedirectToPage("./TwoFactorAuthentication");
    }
}
