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
    [Required(ErrorMessage = "Validation.Account.NewEmail")]
    [EmailAddress(ErrorMessage = "Validation.Account.EmailFormat")]
    [Display(Name = "Account.Label.NewEmail")]
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
            ModelState.AddModelError(nameof(NewEmail), Texts["ManageEmail.Same"]);
        if (!ModelState.IsValid)
            return Page();
        var code = AccountTokens.Encode(await Users.GenerateChangeEmailTokenAsync(account, newEmail));
        await emails.SendEmailChangeLinkAsync(newEmail, links.Absolute(links.ConfirmEmailChange(account.Id, newEmail, code)));
        StatusMessage = Texts["ManageEmail.Done.Sent", newEmail, Email ?? ""];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSendConfirmationAsync()
    {
        if (await AccountAsync() is not { } account)
            return Challenge();
        await registration.ResendConfirmationAsync(account.Email!);
        StatusMessage = account.EmailConfirmed ? Texts["ManageEmail.Done.AlreadyConfirmed"] : Texts["ManageEmail.Done.NewLink", account.Email ?? ""];
        return RedirectToPage();
    }

    private void Load(ForumUser account) => (Email, IsConfirmed) = (account.Email ?? "", account.EmailConfirmed);
}
