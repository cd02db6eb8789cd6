namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Chooses a new password from the emailed link. A link that does not fit the address (unknown, expired, used) gets one
/// answer, so the page tells nothing about other addresses. The link proves the address, so a sign-in paused by wrong
/// passwords is resumed with the new password.
/// </summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<ForumUser> users) : PageModel
{
    public const string LinkDoesNotWork =
        "This link does not work for that email address: check the address, or the link may have expired or been used already.";

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    public sealed class ResetPasswordInput
    {
        [Required(ErrorMessage = "Validation.Account.EmailOfAccount")]
        [EmailAddress(ErrorMessage = "Validation.Account.EmailFormat")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Account.NewPassword")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [DataType(DataType.Password)]
        [Display(Name = "Account.Label.NewPasswordAgain")]
        [Compare(nameof(Password), ErrorMessage = "Validation.Account.PasswordsDiffer")]
        public string ConfirmPassword { get; set; } = "";
    }

    /// <summary>The page was opened without the code of an emailed link.</summary>
    public bool LinkIsIncomplete => string.IsNullOrWhiteSpace(Code);

    public IActionResult OnGet()
    {
        if (LinkIsIncomplete)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (LinkIsIncomplete)
            return OnGet();
        if (!ModelState.IsValid)
            return Page();
        var account = await users.FindByEmailAsync(Input.Email.Trim());
        var token = AccountTokens.Decode(Code);
        var result = account is null || token is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(account, token, Input.Password);
        if (result.Succeeded)
        {
            if (await users.GetLockoutEndDateAsync(account!) is { } until && until < Member.Permanently)
                await users.SetLockoutEndDateAsync(account!, null);
            await users.ResetAccessFailedCountAsync(account!);
            return RedirectToPage("./ResetPasswordConfirmation");
        }
        foreach (var error in result.Errors)
        {
            if (error.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ModelState.AddModelError("", LinkDoesNotWork);
            else
                ModelState.AddModelError("Input.Password", error.Description);
        }
        return Page();
    }
}
