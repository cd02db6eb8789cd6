namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Turns on two-step sign-in with an authenticator app: scan the QR code (or type the key), confirm with a code, keep the recovery codes.</summary>
public sealed class EnableAuthenticatorModel(IMediator mediator, UserManager<ForumUser> users, SignInManager<ForumUser> signIn) : SettingsPage(mediator, users)
{
    public const int RecoveryCodeCount = 10;

    public string SharedKey { get; private set; } = "";
    public string QrCode { get; private set; } = "";

    [TempData] public string[]? RecoveryCodes { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Validation.Account.Code")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Validation.Account.CodeFormat")]
    [Display(Name = "Account.Label.Code")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (ModelState.IsValid)
        {
            var code = TwoFactorCode.Digits(Code);
            if (await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await Users.SetTwoFactorEnabledAsync(user, true);
                await signIn.RefreshSignInAsync(user); // the change made a new security stamp, which every request checks
                StatusMessage = "Two-step sign-in is on: from now on you enter a code from your app after your password.";
                if (await Users.CountRecoveryCodesAsync(user) == 0)
                {
                    RecoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
                    return RedirectToPage("./ShowRecoveryCodes");
                }
                return RedirectToPage("./TwoFactorAuthentication");
            }
            ModelState.AddModelError(nameof(Code), Texts["TwoStep.WrongCode"]);
        }
        await LoadKeyAsync(user);
        return Page();
    }

    private async Task LoadKeyAsync(ForumUser user)
    {
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user); // a new key comes with a new security stamp
            key = await Users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = TwoFactorCode.Readable(key!);
        QrCode = TwoFactorCode.QrCodeDataUrl(TwoFactorCode.AuthenticatorUri(user.Email!, key!));
    }
}
