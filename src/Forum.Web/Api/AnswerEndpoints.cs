using Forum.Web.Pages;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Voting;
using MediatR;

namespace Forum.Web.Api;

public static class AnswerEndpoints
{
    /// <param name="WarnIfRude">True: a text with rude words is refused (422 with rudeWords) instead of posted with an automatic flag.</param>
    public sealed record AnswerBody(string Body, bool WarnIfRude = false);
    public sealed record EditAnswerBody(string Body, Guid? Version, bool WarnIfRude = false);

    public static void MapAnswerEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/questions/{id:int}/answers", async (int id, AnswerBody body, IMediator mediator, ForumLinks links, CancellationToken ct) =>
        {
            var posted = await mediator.Send(new PostAnswer(id, body.Body, body.WarnIfRude), ct);
            return Results.Created($"/api/v1/answers/{posted.Id}", new { posted.Id, url = links.Answer(posted.QuestionId, posted.QuestionSlug, posted.Id), posted.AwaitingReview, posted.FlaggedAsRude });
        }).WithTags("Answers");

        var answers = api.MapGroup("/answers").WithTags("Answers");
        answers.MapPut("/{id:int}", (int id, EditAnswerBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new EditAnswer(id, body.Body, body.Version, body.WarnIfRude), ct));
        answers.MapDelete("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DeleteAnswer(id), ct);
            return Results.NoContent();
        });
        answers.MapGet("/{id:int}/history", (int id, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetPostHistory(PostType.Answer, id), ct));
        answers.MapPost("/{id:int}/accept", (int id, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new AcceptAnswer(id), ct));
        answers.MapDelete("/{id:int}/accept", (int id, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new WithdrawAcceptance(id), ct));
        answers.MapPost("/{id:int}/vote", (int id, QuestionEndpoints.VoteBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new CastVote(PostType.Answer, id, body.Value), ct));
    }
}
