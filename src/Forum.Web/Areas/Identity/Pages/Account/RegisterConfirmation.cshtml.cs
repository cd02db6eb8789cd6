namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>After sign-up. It says the same for every address and looks none up (the built-in page answered 404 for unknown ones).</summary>
[AllowAnonymous]
public sealed class RegisterConfirmationModel : AccountForm
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    public void OnGet() => ReturnUrl = SafeReturnUrl;
}
