namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>The second step of signing in with one of the recovery codes instead of the app's code; each code works once.</summary>
[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(SignInManager<ForumUser> signIn) : AccountForm
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Account.RecoveryCode")]
    [Display(Name = "Account.Label.RecoveryCode")]
    public string RecoveryCode { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        ReturnUrl = SafeReturnUrl;
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./Login", new { ReturnUrl }) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ReturnUrl = SafeReturnUrl;
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
            return RedirectToPage("./Login", new { ReturnUrl });
        if (!ModelState.IsValid)
            return Page();
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Replace(" ", "").Trim());
        if (result.Succeeded)
            return LocalRedirect(ReturnUrl);
        if (result.IsLockedOut)
            return RedirectToPage("./Lockout");
        ModelState.AddModelError(nameof(RecoveryCode), "That is not one of your recovery codes, or it was used already. Check what you typed.");
        return Page();
    }
}
