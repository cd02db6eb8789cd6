namespace Forum.Domain.Features.Notifications;

/// <summary>The signed-in member's notifications, newest first, with the unread count for the bell.</summary>
[RequiresMember]
public sealed record ListNotifications(int Page = 1, int PageSize = 30) : IRequest<NotificationList>;

public sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, 10_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
    }
}

public sealed class ListNotificationsHandler(IForumDb db, ICurrentUser user, IForumLinks links) : IRequestHandler<ListNotifications, NotificationList>
{
    public async Task<NotificationList> Handle(ListNotifications request, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.MemberId == user.UserId);
        // A question hidden, held or deleted since the notification keeps its title (and address) to itself.
        var visible = db.Questions.VisibleTo(user);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var total = await mine.CountAsync(cancellationToken);
        var rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(n => new { n.Id, n.Kind, n.Text, n.Link, n.QuestionId, QuestionTitle = visible.Where(q => q.Id == n.QuestionId).Select(q => q.Title).FirstOrDefault(),
                QuestionSlug = visible.Where(q => q.Id == n.QuestionId).Select(q => q.Slug).FirstOrDefault(), n.CreatedAt, n.ReadAt })
            .ToListAsync(cancellationToken);
        var items = rows.Select(n => new NotificationItem(n.Id, n.Kind, n.Text,
            n.QuestionId is { } id ? links.Question(id, n.QuestionSlug ?? "") + n.Link : n.Link,
            n.QuestionTitle, n.CreatedAt, n.ReadAt is null)).ToList();
        return new NotificationList(items, unread, total, request.Page, request.PageSize);
    }
}

public sealed record NotificationItem(long Id, NotificationKind Kind, string Text, string Url, string? QuestionTitle, DateTimeOffset CreatedAt, bool IsUnread);

public sealed record NotificationList(IReadOnlyList<NotificationItem> Items, int UnreadCount, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
