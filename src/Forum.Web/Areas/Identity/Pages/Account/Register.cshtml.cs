namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>Sign-up: the same answer for every address (see <see cref="AccountRegistration"/>), then "check your email".</summary>
[AllowAnonymous]
public sealed class RegisterModel(AccountRegistration registration) : AccountForm
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Validation.Account.DisplayName")]
        [Display(Name = "Member.DisplayName")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Account.Email")]
        [EmailAddress(ErrorMessage = "Validation.Account.EmailFormat")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Account.Password")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [DataType(DataType.Password)]
        [Display(Name = "Account.Label.PasswordAgain")]
        [Compare(nameof(Password), ErrorMessage = "Validation.Account.PasswordsDiffer")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet() => ReturnUrl = SafeReturnUrl;

    public async Task<IActionResult> OnPostAsync()
    {
        ReturnUrl = SafeReturnUrl;
        if (!ModelState.IsValid)
            return Page();
        var result = await registration.RegisterAsync(Input.Email, Input.Password, Input.DisplayName);
        if (result.Succeeded)
            return RedirectToPage("./RegisterConfirmation", new { email = Input.Email.Trim(), returnUrl = ReturnUrl });
        foreach (var error in result.Errors)
            ModelState.AddModelError(
                error.Code == AccountRegistration.DisplayNameError ? "Input.DisplayName" : error.Code.StartsWith("Password") ? "Input.Password" : "Input.Email",
                error.Description);
        return Page();
    }
}
