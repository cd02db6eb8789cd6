namespace Forum.Domain.Features.Notifications;

/// <summary>The number on the bell: the signed-in member's unread notifications (0 for visitors), on every page they see.</summary>
public sealed record CountUnreadNotifications : IRequest<int>;

public sealed class CountUnreadNotificationsHandler(IForumDb db, ICurrentUser user, IReadCache cache) : IRequestHandler<CountUnreadNotifications, int>
{
    public async Task<int> Handle(CountUnreadNotifications request, CancellationToken cancellationToken) =>
        user.UserId is not { } id ? 0 : await cache.GetOrReadAsync(("unread-notifications", id),
            () => db.Notifications.CountAsync(n => n.MemberId == id && n.ReadAt == null, cancellationToken));
}
