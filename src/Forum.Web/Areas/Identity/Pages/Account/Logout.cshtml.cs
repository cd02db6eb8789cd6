namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>Logging out: the account menu's button posts here; opened as a page, it asks first.</summary>
public sealed class LogoutModel(SignInManager<ForumUser> signIn) : AccountForm
{
    public void OnGet() => ReturnUrl = SafeReturnUrl;

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["StatusMessage"] = "You are logged out. See you soon!";
        return LocalRedirect(SafeReturnUrl);
    }
}
