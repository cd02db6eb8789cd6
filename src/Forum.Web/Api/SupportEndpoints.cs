using Forum.Domain.Entities;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Support;
using MediatR;

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
        support.MapGet("/needs-attention", (string? category, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetNeedsAttention(category), ct));
        support.MapGet("/metrics", (int? days, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetSupportMetrics(days ?? 7), ct));

        var questions = api.MapGroup("/questions/{id:int}").WithTags("Support");
        questions.MapGet("/support", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetQuestionSupport(id), ct));
        questions.MapPost("/take", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new TakeQuestion(id), ct));
        questions.MapDelete("/take", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new ReleaseQuestion(id), ct));
        questions.MapPost("/needs-info", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new MarkNeedsInfo(id), ct));
        questions.MapDelete("/needs-info", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new ClearNeedsInfo(id), ct));
        questions.MapPost("/watch", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new WatchQuestion(id, true), ct));
        questions.MapDelete("/watch", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new WatchQuestion(id, false), ct));
        questions.MapPost("/follow-up", (int id, FollowUpBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new AnswerFollowUp(id, body.StillSolved, body.Token), ct));
        questions.MapPost("/rating", (int id, RatingBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new RateHelp(id, body.Rating, body.Comment), ct));

        var responses = api.MapGroup("/common-responses").WithTags("Support");
        responses.MapGet("/", (string? category, string? q, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListCommonResponses(category, q), ct));
        responses.MapPost("/", async (CommonResponseBody body, IMediator mediator, CancellationToken ct) =>
        {
            var saved = await mediator.Send(new SaveCommonResponse(null, body.Title, body.Body, body.Category), ct);
            return Results.Created($"/api/v1/common-responses/{saved.Id}", saved);
        });
        responses.MapPut("/{id:int}", (int id, CommonResponseBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new SaveCommonResponse(id, body.Title, body.Body, body.Category), ct));
        responses.MapDelete("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DeleteCommonResponse(id), ct);
            return Results.NoContent();
        });

        api.MapPut("/members/{id}/tier", (string id, TierBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new SetMemberTier(id, body.Tier), ct)).WithTags("Members");
    }
}
