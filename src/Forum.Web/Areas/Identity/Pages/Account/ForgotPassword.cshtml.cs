namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>Asks for a password-reset link; a confirmed address gets one.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(AccountRegistration registration) : EmailOnlyForm
{
    protected override async Task<IActionResult> SendAsync(string email)
    {
        await registration.SendPasswordResetAsync(email);
        return RedirectToPage("./ForgotPasswordConfirmation", new { email });
    }
}
