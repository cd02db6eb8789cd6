namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>The forum's own login and sign-up pages, which send the member back where they came from.</summary>
public abstract class AccountForm : PageModel
{
    /// <summary>Where to go afterwards: a path on this forum, never another site (anything else goes home).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    protected string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
