namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Two-step sign-in at a glance: on or off, recovery codes left, and the ways to change it.</summary>
public sealed class TwoFactorAuthenticationModel(IMediator mediator, UserManager<ForumUser> users, SignInManager<ForumUser> signIn)
    : SettingsPage(mediator, users)
{
    /// <summary>At or below this many recovery codes left, the page suggests making new ones.</summary>
    public const int FewCodes = 3;

    public bool IsEnabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public bool IsBrowserRemembered { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await AccountAsync() is not { } account)
            return Challenge();
        IsEnabled = await Users.GetTwoFactorEnabledAsync(account);
        RecoveryCodesLeft = await Users.CountRecoveryCodesAsync(account);
        IsBrowserRemembered = await signIn.IsTwoFactorClientRememberedAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostForgetBrowserAsync()
    {
        if (await AccountAsync() is null)
            return Challenge();
        await signIn.ForgetTwoFactorClientAsync();
        StatusMessage = Texts["TwoFactor.Done.Forget"];
        return RedirectToPage();
    }
}
