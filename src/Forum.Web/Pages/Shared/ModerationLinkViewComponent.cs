namespace Forum.Web.Pages.Shared;

/// <summary>The "Moderation" link with the number of waiting cards, in the navigation bar of moderators, staff and admins.</summary>
public sealed class ModerationLinkViewComponent(IMediator mediator, ICurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!Roles.IsModeratorOrStaff(user))
            return Content("");
        return View(await mediator.Send(new CountModerationQueue(), HttpContext.RequestAborted));
    }
}
