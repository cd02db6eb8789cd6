namespace Forum.Domain.Features.Notifications;

/// <summary>Marks all of the signed-in member's notifications read.</summary>
[RequiresMember]
public sealed record MarkAllNotificationsRead : IRequest<NotificationReadResult>;

public sealed class MarkAllNotificationsReadHandler(IForumDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MarkAllNotificationsRead, NotificationReadResult>
{
    public async Task<NotificationReadResult> Handle(MarkAllNotificationsRead request, CancellationToken cancellationToken)
    {
        var unread = await db.Notifications.Where(n => n.MemberId == user.UserId && n.ReadAt == null).ToListAsync(cancellationToken);
        foreach (var notification in unread)
            notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new NotificationReadResult(0);
    }
}
