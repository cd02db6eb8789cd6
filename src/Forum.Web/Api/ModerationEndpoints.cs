using Microsoft.AspNetCore.Http.HttpResults;

namespace Forum.Web.Api;

public static class ModerationEndpoints
{
    public sealed record FlagBody(string Reason, string? Note, int? DuplicateOfQuestionId);
    public sealed record ActionBody(string Action, string? Reason, int? Days, int? DuplicateOfQuestionId);
    public sealed record QueueCount(int Count);
    public sealed record ReviewBody(string Note);
    public sealed record ReviewRequested(long Id);

    public static void MapModerationEndpoints(this IEndpointRouteBuilder api)
    {
        foreach (var kind in PostEndpoints.Kinds)
            api.MapPost($"{kind.Folder}/{{id:int}}/flags", (int id, FlagBody body, IMediator mediator, CancellationToken ct) => FlagAsync(kind.Type, id, body, mediator, ct))
                .WithTags("Moderation")
                .WithName($"Flag{kind.Type}")
                .WithSummary($"Flag {kind.OneOf} for the moderators")
                .WithDescription(FlagDescription)
                .Sends<FlagPost>()
                .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapGet("/members/me/flags", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetMyFlags(), ct)).WithTags("Moderation")
            .WithSummary("List the flags you raised and what became of them")
            .Sends<GetMyFlags>();

        foreach (var (path, type, what) in new[] { ("questions", PostType.Question, "question"), ("answers", PostType.Answer, "answer") })
        {
            api.MapGet($"/{path}/{{id:int}}/review", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetPostToReview(type, id), ct))
                .WithTags("Moderation")
                .WithName($"Get{Words.Capitalize(what)}ToReview")
                .WithSummary($"See why your {what} was hidden or removed")
                .WithDescription($"Only for the author of a {what} that a moderator hid or removed, or that flags hid; 404 for anyone else.")
                .Sends<GetPostToReview>()
                .ProducesProblem(StatusCodes.Status404NotFound);
            api.MapPost($"/{path}/{{id:int}}/review", async (int id, ReviewBody body, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Created($"/api/v1/members/me/flags", new ReviewRequested(await mediator.Send(new AskForReview(type, id, body.Note), ct))))
                .WithTags("Moderation")
                .WithName($"Ask{Words.Capitalize(what)}Review")
                .WithSummary($"Ask a moderator to review your hidden or removed {what}")
                .WithDescription("The request joins the moderation queue; you hear the outcome in your notifications. 409 while an earlier request waits.")
                .Sends<AskForReview>()
                .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        }

        var moderation = api.MapGroup("/moderation").WithTags("Moderation");
        moderation.MapGet("/queue", (IMediator mediator, string? reason, string? category, int? page, int? pageSize, CancellationToken ct) =>
            mediator.Send(new GetModerationQueue(reason, category, page ?? 1, pageSize ?? 50), ct))
            .WithSummary("Get the moderation queue")
            .WithDescription("Flagged, hidden and held posts waiting for a moderator, optionally of one flag reason or category.")
            .Sends<GetModerationQueue>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        moderation.MapGet("/queue/count", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(new QueueCount(await mediator.Send(new CountModerationQueue(), ct))))
            .WithSummary("Count the posts in the moderation queue")
            .Sends<CountModerationQueue>();
        moderation.MapPost("/queue/{postType:regex(^(question|answer)$)}/{postId:int}/actions", (string postType, int postId, ActionBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(ModerationActionRequests.For(body.Action, postType == "question" ? PostType.Question : PostType.Answer, postId, body.Reason, body.Days, body.DuplicateOfQuestionId), ct))
            .WithName("ModeratePost")
            .WithSummary("Act on a post in the moderation queue")
            .WithDescription("Hide, restore, delete, lock or mark a duplicate, suspend the author, approve a held first post or dismiss its flags; " +
                "every action goes into the audit log. 400 names the actions when the action is unknown.")
            .Sends<IModerationRequest>(signInRequired: true)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        moderation.MapGet("/log", (IMediator mediator, string? action, string? moderator, string? member, string? postType, int? postId, int? page, int? pageSize, CancellationToken ct) =>
            mediator.Send(new GetModerationLog(action, moderator, member, ParsePostType(postType), postId, page ?? 1, pageSize ?? 50), ct))
            .WithSummary("Read the moderation audit log")
            .Sends<GetModerationLog>()
            .ProducesValidationProblem();
    }

    private const string FlagDescription = "A post with enough pending spam or abusive flags (or one from a moderator) is hidden at once pending review. " +
        "409 when you already flagged it or it is already hidden.";

    private static async Task<Created<FlagResult>> FlagAsync(PostType type, int id, FlagBody body, IMediator mediator, CancellationToken ct)
    {
        var flagged = await mediator.Send(new FlagPost(type, id, body.Reason, body.Note, body.DuplicateOfQuestionId), ct);
        return TypedResults.Created($"/api/v1/members/me/flags", flagged);
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
