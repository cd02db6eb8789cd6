using Microsoft.Extensions.Options;

namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>Where a sign-in that hit the lockout (a wrong two-step code, say) lands: for how long, and the way out.</summary>
[AllowAnonymous]
public sealed class LockoutModel(IOptions<IdentityOptions> identity) : PageModel
{
    public int Attempts => identity.Value.Lockout.MaxFailedAccessAttempts;
    public string Minutes => identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes.ToString("0");

    public void OnGet()
    {
    }
}
