namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// A page of the account settings: it works on the signed-in member's sign-in account, and as a forum page it shows
/// the one-line message the previous change left (<see cref="ForumPageModel.StatusMessage"/>).
/// </summary>
public abstract class SettingsPage(IMediator mediator, UserManager<ForumUser> users) : ForumPageModel(mediator)
{
    protected UserManager<ForumUser> Users { get; } = users;

    /// <summary>The signed-in account; null when the sign-in outlived it (the page then asks to log in).</summary>
    protected Task<ForumUser?> AccountAsync() => Users.GetUserAsync(User);
}
