namespace Forum.Web.Pages.Members;

/// <summary>A member's public page; the name in the address is only for people, the id finds the member.</summary>
public sealed class ShowModel(IMediator mediator, ICurrentUser user, UserManager<ForumUser> accounts, SignInManager<ForumUser> signIn)
    : ForumPageModel(mediator)
{
    public MemberProfile Profile { get; private set; } = null!;

    /// <summary>Badges earned and still to earn, and the weekly answer goal.</summary>
    public MemberRecognition Recognition { get; private set; } = null!;

    /// <summary>On the member's own page: the flags they raised and what came of them.</summary>
    public MyFlags? Flags { get; private set; }

    /// <summary>Moderators see a suspension with its reason and can lift it.</summary>
    public bool IsModerator => Roles.IsModeratorOrStaff(user);

    /// <summary>The viewer is looking at their own page: they can change their display name here.</summary>
    public bool IsOwnPage { get; private set; }

    /// <summary>The display name form; it comes back with the typed name and its errors when refused.</summary>
    [BindProperty]
    public string? DisplayName { get; set; }

    public async Task OnGetAsync(string id)
    {
        IsOwnPage = user.UserId == id;
        Profile = await Mediator.Send(new GetMemberProfile(id), HttpContext.RequestAborted);
        Recognition = await Mediator.Send(new GetMemberBadges(id), HttpContext.RequestAborted);
        if (IsOwnPage)
            DisplayName ??= Profile.DisplayName;
        if (IsOwnPage)
            Flags = await Mediator.Send(new GetMyFlags(20), HttpContext.RequestAborted);
    }

    /// <summary>
    /// The member changes their own display name; the sign-in is renewed so the header shows the new name at once.
    /// A refused name comes back next to the field.
    /// </summary>
    public async Task<IActionResult> OnPostDisplayNameAsync(string id)
    {
        if (user.UserId != id)
            throw user.UserId is null ? new UnauthenticatedException() : new ForbiddenException("You can change only your own display name.", Phrase.Of("Problem.RenameOnlyOwn"));
        var (_, result) = await TrySendAsync(new ChangeDisplayName(DisplayName ?? ""), requestKey: nameof(DisplayName));
        if (result is null)
        {
            await OnGetAsync(id);
            return Page();
        }
        if (await accounts.FindByIdAsync(id) is { } account)
            await signIn.RefreshSignInAsync(account);
        StatusMessage = Texts["Manage.Done.Name"];
        return Redirect(Links.Member(result.Id, result.DisplayName));
    }

    /// <summary>A moderator lifts the member's suspension (the request's authorization refuses everyone else).</summary>
    public async Task<IActionResult> OnPostLiftSuspensionAsync(string id, string? reason)
    {
        var (ok, _) = await TrySendAsync(new LiftSuspension(id, reason));
        if (ok)
            StatusMessage = Texts["Member.Lifted"];
        else
            KeepErrorsForRedirect();
        return RedirectToPage(new { id });
    }
}
