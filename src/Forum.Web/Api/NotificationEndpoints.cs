namespace Forum.Web.Api;

public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListNotifications(page ?? 1, pageSize ?? 30), ct)))
            .WithSummary("List your notifications")
            .Sends<ListNotifications>()
            .ProducesValidationProblem();

        notifications.MapGet("/unread-count", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new UnreadNotifications(await mediator.Send(new CountUnreadNotifications(), ct))))
            .WithSummary("Count your unread notifications (the bell's number)")
            .Sends<CountUnreadNotifications>();

        notifications.MapPost("/{id:long}/read", async (long id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MarkNotificationRead(id), ct)))
            .WithSummary("Mark a notification read")
            .Sends<MarkNotificationRead>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        notifications.MapPost("/read-all", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new MarkAllNotificationsRead(), ct)))
            .WithSummary("Mark all your notifications read")
            .Sends<MarkAllNotificationsRead>();

        notifications.MapGet("/email-preferences", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetEmailPreferences(), ct)))
            .WithSummary("Get which notifications also come by email")
            .Sends<GetEmailPreferences>();

        notifications.MapPut("/email-preferences", UseCaseEndpoints.SendBody<SetEmailPreference, EmailPreferenceItem>)
            .WithSummary("Choose whether one kind of notification also comes by email")
            .Sends<SetEmailPreference>();
    }
}
