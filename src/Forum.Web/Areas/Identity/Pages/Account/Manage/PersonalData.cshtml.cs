namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Where a member downloads their data or goes to delete their account.</summary>
public sealed class PersonalDataModel : PageModel
{
    public void OnGet()
    {
    }
}
