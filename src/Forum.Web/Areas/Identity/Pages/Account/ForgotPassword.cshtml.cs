namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Asks for a password-reset link. A confirmed address gets one; the answer is the same for every address, so the page
/// tells nobody which addresses have accounts.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<ForumUser> users, IdentityEmailSender emails, ForumLinks links) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public sealed class ForgotPasswordInput
    {
        [Required(ErrorMessage = "Enter the email address of your account.")]
        [EmailAddress(ErrorMessage = "Enter an email address, like name@example.com.")]
        public string Email { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        if (await users.FindByEmailAsync(Input.Email.Trim()) is { } account && await users.IsEmailConfirmedAsync(account))
        {
            var code = AccountTokens.Encode(await users.GeneratePasswordResetTokenAsync(account));
            await emails.SendPasswordResetLinkAsync(account, account.Email!, links.Absolute(links.ResetPassword(code)));
        }
        return RedirectToPage("./ForgotPasswordConfirmation", new { email = Input.Email.Trim() });
    }
}
