using Forum.Domain.Features.Recognition;
using MediatR;

namespace Forum.Web.Api;

public static class RecognitionEndpoints
{
    public static void MapRecognitionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/members/{id}/badges", (string id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetMemberBadges(id), ct))
            .WithTags("Members");
        api.MapGet("/leaderboard", (string? period, IMediator mediator, CancellationToken ct) => mediator.Send(new GetLeaderboard(period ?? GetLeaderboard.Week), ct))
            .WithTags("Members");
    }
}
