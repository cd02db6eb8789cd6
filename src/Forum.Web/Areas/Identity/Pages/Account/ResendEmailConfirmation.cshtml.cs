namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>Sends the sign-up's confirmation link again, to an account that still waits for it.</summary>
[AllowAnonymous]
public sealed class ResendEmailConfirmationModel(AccountRegistration registration) : EmailOnlyForm
{
    /// <summary>The address a link was asked for, once the form was sent.</summary>
    public string? SentTo { get; private set; }

    protected override async Task<IActionResult> SendAsync(string email)
    {
        await registration.ResendConfirmationAsync(email);
        SentTo = email;
        return Page();
    }
}
