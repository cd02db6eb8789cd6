namespace Forum.Web.Api;

public static class RecognitionEndpoints
{
    public static void MapRecognitionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/members/{id}/badges", async (string id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMemberBadges(id), ct)))
            .WithTags("Members")
            .WithSummary("Get a member's badges and weekly goal")
            .Sends<GetMemberBadges>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/leaderboard", async (string? period, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetLeaderboard(period ?? GetLeaderboard.Week), ct)))
            .WithTags("Members")
            .WithSummary("Get the leaderboard of helpers")
            .WithDescription("`period`: `week` (the default) or `all`. The top 20, and the viewer's own line when outside it.")
            .Sends<GetLeaderboard>()
            .ProducesValidationProblem();
    }
}
