namespace Forum.Web.Pages.Notifications;

public sealed class IndexModel(IMediator mediator) : ForumPageModel(mediator)
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public NotificationList Notifications { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Notifications = await Mediator.Send(new ListNotifications(Math.Clamp(PageNumber, 1, 10_000)), ct);

    /// <summary>Opening a notification marks it read and goes where it points.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, string? url, CancellationToken ct)
    {
        await Mediator.Send(new MarkNotificationRead(id), ct);
        return url is not null && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await Mediator.Send(new MarkAllNotificationsRead(), ct);
        StatusMessage = Texts["Notifications.AllRead"];
        return RedirectToPage();
    }
}
