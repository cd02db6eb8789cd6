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

    public string FailedMessage =>
        $"Wrong email or password. After {identity.Value.Lockout.MaxFailedAccessAttempts} wrong passwords in a row, sign-in to the account " +
        $"pauses for {identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minutes.";

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address, like name@example.com.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in on this device")]
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
        ModelState.AddModelError("", Refusal?.Reason ?? FailedMessage);
        return Page();
    }
}
