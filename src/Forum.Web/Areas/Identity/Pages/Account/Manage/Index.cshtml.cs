namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>The profile: the name the forum shows (<see cref="ChangeDisplayName"/>), the address, and where the public page is.</summary>
public sealed class IndexModel(IMediator mediator, UserManager<ForumUser> users, SignInManager<ForumUser> signIn) : SettingsPage(mediator, users)
{
    public MemberProfile Profile { get; private set; } = null!;

    public string Email { get; private set; } = "";

    public bool EmailConfirmed { get; private set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await AccountAsync() is not { } account)
            return Challenge();
        await LoadAsync(account);
        DisplayName ??= Profile.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AccountAsync() is not { } account)
            return Challenge();
        var (ok, _) = await TrySendAsync(new ChangeDisplayName(DisplayName ?? ""), requestKey: nameof(DisplayName));
        if (!ok)
        {
            await LoadAsync(account);
            return Page();
        }
        await signIn.RefreshSignInAsync(account); // the header shows the new name at once
        StatusMessage = Texts["Manage.Done.Name"];
        return RedirectToPage();
    }

    private async Task LoadAsync(ForumUser account)
    {
        Profile = await Mediator.Send(new GetMemberProfile(account.Id), HttpContext.RequestAborted);
        (Email, EmailConfirmed) = (account.Email ?? "", account.EmailConfirmed);
    }
}
