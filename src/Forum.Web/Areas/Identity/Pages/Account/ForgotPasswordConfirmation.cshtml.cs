namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>After asking for a reset link: the same words for every address.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordConfirmationModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    public void OnGet()
    {
    }
}
