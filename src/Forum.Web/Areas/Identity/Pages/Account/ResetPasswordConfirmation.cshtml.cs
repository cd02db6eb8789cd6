namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>After a new password was saved.</summary>
[AllowAnonymous]
public sealed class ResetPasswordConfirmationModel : PageModel
{
    public void OnGet()
    {
    }
}
