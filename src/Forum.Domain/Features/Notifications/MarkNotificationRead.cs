namespace Forum.Domain.Features.Notifications;

/// <summary>Marks one of the signed-in member's notifications read; someone else's is reported as not found.</summary>
[RequiresMember]
public sealed record MarkNotificationRead(long NotificationId) : IRequest<NotificationReadResult>;

public sealed class MarkNotificationReadHandler(IForumDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MarkNotificationRead, NotificationReadResult>
{
    public async Task<NotificationReadResult> Handle(MarkNotificationRead request, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == request.NotificationId && n.MemberId == user.UserId, cancellationToken)
            ?? throw new NotFoundException("The notification");
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new NotificationReadResult(await db.Notifications.CountAsync(n => n.MemberId == user.UserId && n.ReadAt == null, cancellationToken));
    }
}

public sealed record NotificationReadResult(int UnreadCount);
