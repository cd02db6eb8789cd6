using Forum.Domain.Common;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Users;
using MediatR;

namespace Forum.Web.Api;

public static class MemberEndpoints
{
    public static void MapMemberEndpoints(this IEndpointRouteBuilder api)
    {
        var members = api.MapGroup("/members").WithTags("Members");
        members.MapGet("/me", (IMediator mediator, ICurrentUser user, CancellationToken ct) =>
            user.UserId is { } id ? mediator.Send(new GetMemberProfile(id), ct) : throw new UnauthenticatedException());
        members.MapPut("/me/display-name", (DisplayNameBody input, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ChangeDisplayName(input.DisplayName ?? ""), ct));
        members.MapGet("/{id}", (string id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetMemberProfile(id), ct));
        members.MapDelete("/{id}/suspension", (string id, string? reason, IMediator mediator, CancellationToken ct) => mediator.Send(new LiftSuspension(id, reason), ct));
    }
}

public sealed record DisplayNameBody(string? DisplayName);
