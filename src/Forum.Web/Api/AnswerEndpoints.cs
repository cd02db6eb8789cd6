namespace Forum.Web.Api;

public static class AnswerEndpoints
{
    public sealed record AnswerBody(string Body, bool WarnIfRude = false);
    public sealed record EditAnswerBody(string Body, Guid? Version, bool WarnIfRude = false);

    /// <summary>The answer to answering: where the new answer is, and whether it waits for a moderator or was flagged.</summary>
    public sealed record AnswerPosted(int Id, string Url, bool AwaitingReview, bool FlaggedAsRude);

    public static void MapAnswerEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/questions/{id:int}/answers", async (int id, AnswerBody body, IMediator mediator, ForumLinks links, CancellationToken ct) =>
            {
                var posted = await mediator.Send(new PostAnswer(id, body.Body, body.WarnIfRude), ct);
                return TypedResults.Created($"/api/v1/answers/{posted.Id}",
                    new AnswerPosted(posted.Id, links.Answer(posted.QuestionId, posted.QuestionSlug, posted.Id), posted.AwaitingReview, posted.FlaggedAsRude));
            })
            .WithTags("Answers")
            .WithSummary("Answer a question")
            .WithDescription("With `warnIfRude: true`, a text with rude words is refused (422 with `rudeWords`) instead of posted with an automatic flag. " +
                "409 when the question is locked, archived or closed.")
            .Sends<PostAnswer>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        var answers = api.MapGroup("/answers").WithTags("Answers");
        answers.MapPut("/{id:int}", async (int id, EditAnswerBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EditAnswer(id, body.Body, body.Version, body.WarnIfRude), ct)))
            .WithSummary("Edit an answer")
            .WithDescription("Send the `version` you read: 409 when someone else edited the answer since. Others' posts need the edit privilege.")
            .Sends<EditAnswer>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        answers.MapDelete("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteAnswer(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete your answer")
            .WithDescription("Not once it is accepted (409).")
            .Sends<DeleteAnswer>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        answers.MapPost("/{id:int}/accept", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AcceptAnswer(id), ct)))
            .WithSummary("Accept an answer to your question")
            .Sends<AcceptAnswer>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        answers.MapDelete("/{id:int}/accept", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new WithdrawAcceptance(id), ct)))
            .WithSummary("Withdraw your acceptance of an answer")
            .Sends<WithdrawAcceptance>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        answers.MapHistoryAndVotes(PostEndpoints.Answer);
    }
}
