namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>
/// A form that asks for one email address and answers the same for every address, so it tells nobody which addresses
/// have accounts: a forgotten password, the confirmation link again.
/// </summary>
public abstract class EmailOnlyForm : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public sealed class EmailInput
    {
        [Required(ErrorMessage = "Validation.Account.EmailOfAccount")]
        [EmailAddress(ErrorMessage = "Validation.Account.EmailFormat")]
        public string Email { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync() => ModelState.IsValid ? await SendAsync(Input.Email.Trim()) : Page();

    /// <summary>Sends what the address's account may have, if any, and answers the same either way.</summary>
    protected abstract Task<IActionResult> SendAsync(string email);
}
