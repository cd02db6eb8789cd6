namespace Forum.Web.Pages.Shared.Components.NotificationBell;

/// <summary>The bell in the header with the number of unread notifications; nothing for visitors.</summary>
public sealed class NotificationBellViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        User.Identity?.IsAuthenticated == true
            ? View(await mediator.Send(new CountUnreadNotifications(), HttpContext.RequestAborted))
            : Content("");
}
