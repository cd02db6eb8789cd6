using Forum.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Email and password sign-in. A wrong password, an unknown address and a locked account get the same answer;
/// only the right password hears that the account waits for its email confirmation or is suspended (until when).
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<ForumUser> signInManager, IOptions<IdentityOptions> identity) : AccountForm
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    /// <summary>The refusal after the right password: the account is unconfirmed or suspended.</summary>
    public RefusedSignIn? Refusal { get; private set; }

    public string FailedMessage => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[
        "Login.Failed", identity.Value.Lockout.MaxFailedAccessAttempts, (int)identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes];

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Validation.Account.Email")]
        [EmailAddress(ErrorMessage = "Validation.Account.EmailFormat")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Account.EnterPassword")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Account.Label.RememberMe")]
        public bool RememberMe { get; set; }
    }

    public void OnGet() => ReturnUrl = SafeReturnUrl;

    public async Task<IActionResult> OnPostAsync()
    {
        ReturnUrl = SafeReturnUrl;
        if (!ModelState.IsValid)
            return Page();
        var result = await signInManager.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(ReturnUrl);
        if (result.RequiresTwoFactor)
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        Refusal = result as RefusedSignIn;
        ModelState.AddModelError("", Refusal is { } refusal
            ? HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>().Say(refusal.Said)
            : FailedMessage);
        return Page();
    }
}
