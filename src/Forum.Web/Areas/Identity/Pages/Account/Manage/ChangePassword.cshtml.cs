namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// A new password, given the current one. The change makes a new security stamp: this browser stays signed in, every
/// other session (cookie or token) ends on its next request.
/// </summary>
public sealed class ChangePasswordModel(IMediator mediator, UserManager<ForumUser> users, SignInManager<ForumUser> signIn) : SettingsPage(mediator, users)
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "Validation.Account.CurrentPassword")]
        [DataType(DataType.Password)]
        [Display(Name = "Account.Label.CurrentPassword")]
        public string OldPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Account.NewPassword")]
        [DataType(DataType.Password)]
        [Display(Name = "Account.Label.NewPassword")]
        public string NewPassword { get; set; } = "";

        [DataType(DataType.Password)]
        [Display(Name = "Account.Label.NewPasswordAgain")]
        [Compare(nameof(NewPassword), ErrorMessage = "Validation.Account.NewPasswordsDiffer")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync() => await AccountAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AccountAsync() is not { } account)
            return Challenge();
        if (!ModelState.IsValid)
            return Page();
        var result = await Users.ChangePasswordAsync(account, Input.OldPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.OldPassword" : "Input.NewPassword",
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? Texts["ChangePassword.Wrong"] : error.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(account);
        StatusMessage = Texts["ChangePassword.Done"];
        return RedirectToPage();
    }
}
