using Forum.Web.Areas.Identity.Pages.Account.Manage;

namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The second step of signing in, after the right password: the code from the member's authenticator app. Wrong codes
/// count towards the same lockout as wrong passwords.
/// </summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<ForumUser> signIn) : AccountForm
{
    public const string WrongCode = "That code is not the one your app shows now. Check the app and the time on your phone, then try again.";

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Validation.Account.Code")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Validation.Account.CodeFormat")]
    public string Code { get; set; } = "";

    [BindProperty]
    [Display(Name = "Account.Label.RememberDevice")]
    public bool RememberMachine { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        ReturnUrl = SafeReturnUrl;
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? StartAgain() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ReturnUrl = SafeReturnUrl;
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
            return StartAgain();
        if (!ModelState.IsValid)
            return Page();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCode.Digits(Code), RememberMe, RememberMachine);
        if (result.Succeeded)
            return LocalRedirect(ReturnUrl);
        if (result.IsLockedOut)
            return RedirectToPage("./Lockout");
        ModelState.AddModelError(nameof(Code), WrongCode);
        return Page();
    }

    /// <summary>The password step was too long ago (or never happened): back to the login form.</summary>
    private RedirectToPageResult StartAgain() => RedirectToPage("./Login", new { ReturnUrl });
}
