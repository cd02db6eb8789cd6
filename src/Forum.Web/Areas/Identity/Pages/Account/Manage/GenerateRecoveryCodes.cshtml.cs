namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Makes a new set of recovery codes; the old ones stop working.</summary>
public sealed class GenerateRecoveryCodesModel(IMediator mediator, UserManager<ForumUser> users) : SettingsPage(mediator, users)
{
    [TempData]
    public string[]? RecoveryCodes { get; set; }

    public async Task<IActionResult> OnGetAsync() => await RefusalAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await RefusalAsync() is { } refusal)
            return refusal;
        var account = (await AccountAsync())!;
        RecoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(account, EnableAuthenticatorModel.RecoveryCodeCount) ?? []];
        StatusMessage = Texts["NewCodes.Done"];
        return RedirectToPage("./ShowRecoveryCodes");
    }

    /// <summary>Recovery codes belong to two-step sign-in: without it, the member is sent to turn it on.</summary>
    private async Task<IActionResult?> RefusalAsync()
    {
        if (await AccountAsync() is not { } account)
            return Challenge();
        if (await Users.GetTwoFactorEnabledAsync(account))
            return null;
        ErrorMessage = Texts["NewCodes.NeedsTwoFactor"];
        return RedirectToPage("./TwoFactorAuthentication");
    }
}
