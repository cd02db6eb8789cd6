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
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string OldPassword { get; set; } = "";

        [Required(ErrorMessage = "Choose a new password.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";

        [DataType(DataType.Password)]
        [Display(Name = "Type the new password again")]
        [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
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
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "That is not your current password." : error.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(account);
        StatusMessage = "Your password is changed. You stay logged in here; anywhere else, you will be asked to log in again.";
        return RedirectToPage();
    }
}
