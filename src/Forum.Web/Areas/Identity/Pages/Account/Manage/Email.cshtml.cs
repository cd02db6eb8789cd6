namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The account's email address: a new one takes effect when the link sent to it is followed (ConfirmEmailChange), so a
/// typo cannot lock the member out; an unconfirmed one can get its confirmation link again.
/// </summary>
public sealed class EmailModel(IMediator mediator, UserManager<ForumUser> users, IdentityEmailSender emails, ForumLinks links, AccountRegistration registration)
    : SettingsPage(mediator, users)
{
    public string Email { get; private set; } = "";

    public bool IsConfirmed { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the new address.")]
    [EmailAddress(ErrorMessage = "Enter an email address, like name@example.com.")]
    [Display(Name = "New email address")]
    public string? NewEmail { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await AccountAsync() is not { } account)
            return Challenge();
        Load(account);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync()
    {
        if (await AccountAsync() is not { } account)
            return Challenge();
        Load(account);
        var newEmail = NewEmail?.Trim() ?? "";
        if (ModelState.IsValid && string.Equals(newEmail, Email, StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(NewEmail), "That is already your address.");
        if (!ModelState.IsValid)
            return Page();
        var code = AccountTokens.Encode(await Users.GenerateChangeEmailTokenAsync(account, newEmail));
        await emails.SendEmailChangeLinkAsync(newEmail, links.Absolute(links.ConfirmEmailChange(account.Id, newEmail, code)));
        StatusMessage = $"We sent a link to {newEmail}. Your address changes when you follow it; until then the forum writes to {Email}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSendConfirmationAsync()
    {
        if (await AccountAsync() is not { } account)
            return Challenge();
        await registration.ResendConfirmationAsync(account.Email!);
        StatusMessage = account.EmailConfirmed ? "Your address is already confirmed." : $"We sent a new confirmation link to {account.Email}.";
        return RedirectToPage();
    }

    private void Load(ForumUser account) => (Email, IsConfirmed) = (account.Email ?? "", account.EmailConfirmed);
}
