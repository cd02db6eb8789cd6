using Forum.Web.Pages;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Voting;
using MediatR;

namespace Forum.Web.Api;

public static class QuestionEndpoints
{
    /// <param name="SuggestionsSeen">Suggestions ("faq:12", "question:34") shown while typing the title, and those opened.</param>
    /// <param name="WarnIfRude">True: a text with rude words is refused (422 with rudeWords) instead of posted with an automatic flag.</param>
    public sealed record AskQuestionBody(string Title, string Body, string Category, IReadOnlyList<string>? Tags,
        IReadOnlyList<string>? SuggestionsSeen = null, IReadOnlyList<string>? SuggestionsOpened = null, bool WarnIfRude = false);
    public sealed record EditQuestionBody(string Title, string Body, IReadOnlyList<string>? Tags, Guid? Version, bool WarnIfRude = false);
    public sealed record VoteBody(int Value);

    public static void MapQuestionEndpoints(this IEndpointRouteBuilder api)
    {
        var questions = api.MapGroup("/questions").WithTags("Questions");

        questions.MapGet("/", (IMediator mediator, string? sort, string? category, string? tag, int? page, int? pageSize, CancellationToken ct) =>
            mediator.Send(new ListQuestions(sort, category, tag, page ?? 1, pageSize ?? 20), ct));

        questions.MapPost("/", async (AskQuestionBody body, IMediator mediator, ForumLinks links, CancellationToken ct) =>
        {
            var asked = await mediator.Send(new AskQuestion(body.Title, body.Body, body.Category, body.Tags, body.SuggestionsSeen, body.SuggestionsOpened, body.WarnIfRude), ct);
            var url = links.Question(asked.Id, asked.Slug);
            return Results.Created($"/api/v1/questions/{asked.Id}", new { asked.Id, url, asked.Acknowledgement, asked.AwaitingReview, asked.FlaggedAsRude });
        });

        questions.MapGet("/{id:int}", async (int id, IMediator mediator, ForumLinks links, CancellationToken ct) =>
            QuestionResponse.From(await mediator.Send(new GetQuestionPage(id), ct), links));

        questions.MapPut("/{id:int}", async (int id, EditQuestionBody body, IMediator mediator, CancellationToken ct) =>
            await mediator.Send(new EditQuestion(id, body.Title, body.Body, body.Tags, body.Version, body.WarnIfRude), ct));

        questions.MapDelete("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DeleteQuestion(id), ct);
            return Results.NoContent();
        });

        questions.MapGet("/{id:int}/history", (int id, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetPostHistory(PostType.Question, id), ct));

        questions.MapPost("/{id:int}/vote", (int id, VoteBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new CastVote(PostType.Question, id, body.Value), ct));

        questions.MapPost("/{id:int}/me-too", (int id, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new SayMeToo(id), ct));
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
