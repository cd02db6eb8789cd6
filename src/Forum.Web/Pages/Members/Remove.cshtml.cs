using FluentValidation;

namespace Forum.Web.Pages.Members;

/// <summary>
/// A moderator removes a member's account (<see cref="RemoveMemberAccount"/>): the reason and what becomes of the posts,
/// then a confirmation that says what will happen, then the removal. The use case decides who may be removed.
/// </summary>
[Authorize(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed class RemoveModel(IMediator mediator, ICurrentUser user, IValidator<RemoveMemberAccount> validator) : ForumPageModel(mediator)
{
    public MemberProfile Member { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>False keeps the posts (shown as by a former member), true removes them as spam; none chosen is an error.</summary>
    [BindProperty]
    public bool? RemovePosts { get; set; }

    /// <summary>Sent by the confirmation's button: the moderator has read what will happen.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>The form was filled in well: the page asks for confirmation.</summary>
    public bool Confirming { get; private set; }

    /// <summary>The member cannot be removed here (the team, oneself, or someone who has left): the page says so instead of the form.</summary>
    public string? Refusal => Member.HasLeft ? "This member has already left the forum."
        : Member.Id == user.UserId ? "You cannot remove your own account here; delete it from your account settings."
        : Member.Role != Forum.Domain.Entities.MemberRole.Member ? "Accounts of the forum's team are not removed here; an admin takes the role away first."
        : null;

    public async Task OnGetAsync(string id) => Member = await Mediator.Send(new GetMemberProfile(id), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(string id)
    {
        Member = await Mediator.Send(new GetMemberProfile(id), HttpContext.RequestAborted);
        if (RemovePosts is null)
            ModelState.AddModelError(nameof(RemovePosts), Texts["Remove.ChoosePosts"]);
        var request = new RemoveMemberAccount(id, Reason ?? "", RemovePosts ?? false);
        foreach (var error in validator.Validate(request).Errors)
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        if (!ModelState.IsValid)
            return Page();
        if (!Confirmed)
        {
            Confirming = true;
            return Page();
        }
        var (ok, removed) = await TrySendAsync(request);
        if (!ok)
            return Page();
        StatusMessage = removed!.PostsRemoved > 0
            ? Texts["Remove.Done.WithPosts", Texts.Count(removed.PostsRemoved, "Count.Posts")]
            : Texts["Remove.Done.KeepPosts"];
        return Redirect(Links.Member(id));
    }
}
