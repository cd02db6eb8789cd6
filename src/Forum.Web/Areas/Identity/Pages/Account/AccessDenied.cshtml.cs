namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>Where a signed-in member lands on a page of the forum's team (the cookie's access-denied page), answered 403.</summary>
[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
