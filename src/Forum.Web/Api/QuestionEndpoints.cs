namespace Forum.Web.Api;

public static class QuestionEndpoints
{
    public sealed record EditQuestionBody(string Title, string Body, IReadOnlyList<string>? Tags, Guid? Version, bool WarnIfRude = false);

    /// <summary>The answer to asking: where the new question is, and whether it waits for a moderator or was flagged.</summary>
    public sealed record QuestionAsked(int Id, string Url, string Acknowledgement, bool AwaitingReview, bool FlaggedAsRude);

    public static void MapQuestionEndpoints(this IEndpointRouteBuilder api)
    {
        var questions = api.MapGroup("/questions").WithTags("Questions");

        questions.MapGet("/", async (IMediator mediator, string? sort, string? category, string? tag, int? page, int? pageSize, string? language, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListQuestions(sort, category, tag, page ?? 1, pageSize ?? 20, language), ct)))
            .WithSummary("List questions")
            .WithDescription("A page of the questions a visitor may see, sorted newest, active, unanswered, solved or top, optionally of one category or tag, or asked in one language (en, id).")
            .Sends<ListQuestions>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        questions.MapPost("/", async (AskQuestion question, IMediator mediator, ForumLinks links, CancellationToken ct) =>
            {
                var asked = await mediator.Send(question, ct);
                return TypedResults.Created($"/api/v1/questions/{asked.Id}",
                    new QuestionAsked(asked.Id, links.Question(asked.Id, asked.Slug), asked.Acknowledgement, asked.AwaitingReview, asked.FlaggedAsRude));
            })
            .WithSummary("Ask a question")
            .WithDescription("`suggestionsSeen` and `suggestionsOpened` are the suggestions (\"faq:12\", \"question:34\") shown while typing the title, and those opened. " +
                "With `warnIfRude: true`, a text with rude words is refused (422 with `rudeWords`) instead of posted with an automatic flag. " +
                "A new member's first post with a link waits for a moderator (`awaitingReview`).")
            .Sends<AskQuestion>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        questions.MapGet("/{id:int}", async (int id, IMediator mediator, ForumLinks links, CancellationToken ct) =>
                TypedResults.Ok(QuestionResponse.From(await mediator.Send(new GetQuestionPage(id), ct), links)))
            .WithName("GetQuestion")
            .WithSummary("Get a question with its answers")
            .Sends<GetQuestionPage>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        questions.MapPut("/{id:int}", async (int id, EditQuestionBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EditQuestion(id, body.Title, body.Body, body.Tags, body.Version, body.WarnIfRude), ct)))
            .WithSummary("Edit a question")
            .WithDescription("Send the `version` you read: 409 when someone else edited the question since. Others' posts need the edit privilege.")
            .Sends<EditQuestion>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        questions.MapDelete("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteQuestion(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete your question")
            .WithDescription("Only while it has no answers (409 once answered).")
            .Sends<DeleteQuestion>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        questions.MapHistoryAndVotes(PostEndpoints.Question);

        questions.MapPost("/{id:int}/me-too", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SayMeToo(id), ct)))
            .WithSummary("Say \"I have this problem too\"")
            .Sends<SayMeToo>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }

    /// <summary>The API shape of a question with its answers.</summary>
    public sealed record QuestionResponse(
        int Id, string Title, string Url, string BodyMarkdown, string BodyHtml, QuestionStatus Status, int Score, int AnswerCount, int MeTooCount,
        int? AcceptedAnswerId, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, DateTimeOffset LastActivityAt, DateTimeOffset? FirstResponseAt,
        SupportTier AskerTier, Guid Version, AuthorCard Author, string Category, IReadOnlyList<string> Tags, IReadOnlyList<AnswerDetail> Answers,
        PostModeration? Moderation, Forum.Domain.Features.Users.PostLink? DuplicateOf)
    {
        public static QuestionResponse From(QuestionPage page, ForumLinks links)
        {
            var q = page.Question;
            return new QuestionResponse(q.Id, q.Title, links.Question(q.Id, q.Slug), q.BodyMarkdown, q.BodyHtml, q.Status, q.Score, q.AnswerCount, q.MeTooCount,
                q.AcceptedAnswerId, q.CreatedAt, q.EditedAt, q.LastActivityAt, q.FirstResponseAt, q.AskerTier, q.Version, q.Author, q.CategorySlug, q.Tags, page.Answers,
                q.Moderation, q.DuplicateOf);
        }
    }
}
