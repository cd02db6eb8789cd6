namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>New recovery codes, shown once, right after they were made (they travel here as a one-time message).</summary>
public sealed class ShowRecoveryCodesModel(IMediator mediator, UserManager<ForumUser> users) : SettingsPage(mediator, users)
{
    [TempData]
    public string[]? RecoveryCodes { get; set; }

    public IActionResult OnGet() => RecoveryCodes is { Length: > 0 } ? Page() : RedirectToPage("./TwoFactorAuthentication");
}
