using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using MediatR;

namespace Forum.Web.Api;

public static class ModerationEndpoints
{
    public sealed record FlagBody(string Reason, string? Note, int? DuplicateOfQuestionId);
    public sealed record ActionBody(string Action, string? Reason, int? Days, int? DuplicateOfQuestionId);

    public static void MapModerationEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/questions/{id:int}/flags", (int id, FlagBody body, IMediator mediator, CancellationToken ct) => FlagAsync(PostType.Question, id, body, mediator, ct))
            .WithTags("Moderation");
        api.MapPost("/answers/{id:int}/flags", (int id, FlagBody body, IMediator mediator, CancellationToken ct) => FlagAsync(PostType.Answer, id, body, mediator, ct))
            .WithTags("Moderation");
        api.MapGet("/members/me/flags", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetMyFlags(), ct)).WithTags("Moderation");

        var moderation = api.MapGroup("/moderation").WithTags("Moderation");
        moderation.MapGet("/queue", (IMediator mediator, string? reason, string? category, int? page, int? pageSize, CancellationToken ct) =>
            mediator.Send(new GetModerationQueue(reason, category, page ?? 1, pageSize ?? 50), ct));
        moderation.MapGet("/queue/count", async (IMediator mediator, CancellationToken ct) => new { count = await mediator.Send(new CountModerationQueue(), ct) });
        moderation.MapPost("/queue/{postType:regex(^(question|answer)$)}/{postId:int}/actions", (string postType, int postId, ActionBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(ModerationActionRequests.For(body.Action, postType == "question" ? PostType.Question : PostType.Answer, postId, body.Reason, body.Days, body.DuplicateOfQuestionId), ct));
        moderation.MapGet("/log", (IMediator mediator, string? action, string? moderator, string? member, string? postType, int? postId, int? page, int? pageSize, CancellationToken ct) =>
            mediator.Send(new GetModerationLog(action, moderator, member, ParsePostType(postType), postId, page ?? 1, pageSize ?? 50), ct));
    }

    private static async Task<IResult> FlagAsync(PostType type, int id, FlagBody body, IMediator mediator, CancellationToken ct)
    {
        var flagged = await mediator.Send(new FlagPost(type, id, body.Reason, body.Note, body.DuplicateOfQuestionId), ct);
        return Results.Created($"/api/v1/members/me/flags", flagged);
    }

    /// <summary>"question" or "answer"; anything else matches no post (an out-of-range value the validator refuses).</summary>
    private static PostType? ParsePostType(string? value) => value switch
    {
        null or "" => null,
        "question" => PostType.Question,
        "answer" => PostType.Answer,
        _ => (PostType)(-1),
    };
}
