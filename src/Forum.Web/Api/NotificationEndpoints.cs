using Forum.Domain.Entities;
using Forum.Domain.Features.Notifications;
using MediatR;

namespace Forum.Web.Api;

public static class NotificationEndpoints
{
    public sealed record EmailPreferenceBody(NotificationKind Kind, bool SendEmail);

    public static void MapNotificationEndpoints(this IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListNotifications(page ?? 1, pageSize ?? 30), ct));
        notifications.MapPost("/{id:long}/read", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new MarkNotificationRead(id), ct));
        notifications.MapPost("/read-all", (IMediator mediator, CancellationToken ct) => mediator.Send(new MarkAllNotificationsRead(), ct));
        notifications.MapGet("/email-preferences", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetEmailPreferences(), ct));
        notifications.MapPut("/email-preferences", (EmailPreferenceBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new SetEmailPreference(body.Kind, body.SendEmail), ct));
    }
}
