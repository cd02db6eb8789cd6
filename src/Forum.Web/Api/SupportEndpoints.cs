namespace Forum.Web.Api;

/// <summary>Customer service: the helpers' queue, taking a question, needs-info, follow-ups, ratings, tiers and the dashboard's numbers.</summary>
public static class SupportEndpoints
{
    public sealed record TierBody(SupportTier Tier);
    public sealed record FollowUpBody(bool StillSolved, string? Token);
    public sealed record RatingBody(int Rating, string? Comment);
    public sealed record CommonResponseBody(string Title, string Body, string? Category);

    public static void MapSupportEndpoints(this IEndpointRouteBuilder api)
    {
        var support = api.MapGroup("/support").WithTags("Support");
        support.MapGet("/needs-attention", async (string? category, string? language, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetNeedsAttention(category, language), ct)))
            .WithSummary("Get the questions waiting longest for a first response")
            .WithDescription("Sorted by support tier, then by how far past the response target, then by waiting time. By default the questions in the languages you answer in (all when you named none); language=id for one language, language=any for all.")
            .Sends<GetNeedsAttention>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        support.MapGet("/metrics", async (int? days, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSupportMetrics(days ?? 7), ct)))
            .WithSummary("Get the support dashboard's numbers")
            .Sends<GetSupportMetrics>()
            .ProducesValidationProblem();

        var questions = api.MapGroup("/questions/{id:int}").WithTags("Support");
        questions.MapGet("/support", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetQuestionSupport(id), ct)))
            .WithSummary("Get a question's support state")
            .Sends<GetQuestionSupport>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        questions.MapPost("/take", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new TakeQuestion(id), ct)))
            .WithSummary("Take a question to answer it")
            .WithDescription("409 when someone else holds it, it is your own, or you already hold as many as a helper may.")
            .Sends<TakeQuestion>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        questions.MapDelete("/take", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ReleaseQuestion(id), ct)))
            .WithSummary("Release a question you took")
            .Sends<ReleaseQuestion>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        questions.MapPost("/needs-info", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new MarkNeedsInfo(id), ct)))
            .WithSummary("Mark a question as needing more information from the asker")
            .Sends<MarkNeedsInfo>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        questions.MapDelete("/needs-info", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ClearNeedsInfo(id), ct)))
            .WithSummary("Clear a question's needs-info mark")
            .Sends<ClearNeedsInfo>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        questions.MapPost("/watch", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new WatchQuestion(id, true), ct)))
            .WithSummary("Watch a question for new answers")
            .Sends<WatchQuestion>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        questions.MapDelete("/watch", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new WatchQuestion(id, false), ct)))
            .WithName("UnwatchQuestion")
            .WithSummary("Stop watching a question")
            .Sends<WatchQuestion>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        questions.MapPost("/follow-up", async (int id, FollowUpBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AnswerFollowUp(id, body.StillSolved, body.Token), ct)))
            .WithSummary("Answer the \"still solved?\" follow-up")
            .WithDescription("As the signed-in asker, or with the `token` of the follow-up email. `stillSolved: false` reopens the question.")
            .Sends<AnswerFollowUp>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        questions.MapPost("/rating", async (int id, RatingBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RateHelp(id, body.Rating, body.Comment), ct)))
            .WithSummary("Rate the help you got on your question")
            .Sends<RateHelp>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var responses = api.MapGroup("/common-responses").WithTags("Support");
        responses.MapGet("/", async (string? category, string? q, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCommonResponses(category, q), ct)))
            .WithSummary("List the common responses helpers can insert")
            .Sends<ListCommonResponses>()
            .ProducesValidationProblem();

        responses.MapPost("/", async (CommonResponseBody body, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(new SaveCommonResponse(null, body.Title, body.Body, body.Category), ct);
                return TypedResults.Created($"/api/v1/common-responses/{saved.Id}", saved);
            })
            .WithName("CreateCommonResponse")
            .WithSummary("Add a common response")
            .Sends<SaveCommonResponse>();

        responses.MapPut("/{id:int}", async (int id, CommonResponseBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveCommonResponse(id, body.Title, body.Body, body.Category), ct)))
            .WithName("UpdateCommonResponse")
            .WithSummary("Change a common response")
            .Sends<SaveCommonResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        responses.MapDelete("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteCommonResponse(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete a common response")
            .Sends<DeleteCommonResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/members/{id}/tier", async (string id, TierBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetMemberTier(id, body.Tier), ct)))
            .WithTags("Members")
            .WithSummary("Set a member's support tier")
            .Sends<SetMemberTier>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
