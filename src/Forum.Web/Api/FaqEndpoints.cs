using System.Text.Json.Serialization;
using Forum.Web.Pages;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Faq;
using Forum.Web.Hosting;
using MediatR;

namespace Forum.Web.Api;

public static class FaqEndpoints
{
    public sealed record PromoteBody(string? Title, string? Body, string? Category, [property: JsonRequired] bool Publish, string? Problem);
    public sealed record RevisionBody(string Body, string? Summary, long BaseRevisionId);
    public sealed record RejectBody(string Comment);
    public sealed record FeedbackBody([property: JsonRequired] bool Helpful, FeedbackReason? Reason);

    public static void MapFaqEndpoints(this IEndpointRouteBuilder api)
    {
        var answers = api.MapGroup("/answers").WithTags("FAQ");
        answers.MapPost("/{id:int}/verify", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new VerifyAnswer(id), ct));
        answers.MapDelete("/{id:int}/verify", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new WithdrawVerification(id), ct));
        answers.MapPost("/{id:int}/promote", async (int id, PromoteBody body, IMediator mediator, ForumLinks links, CancellationToken ct) =>
        {
            var promoted = await mediator.Send(new PromoteAnswerToFaq(id, body.Publish, body.Title, body.Body, body.Category, body.Problem), ct);
            var result = new { promoted.ArticleId, promoted.Slug, url = links.FaqArticle(promoted.Slug) };
            return promoted.Created ? Results.Created($"/api/v1/faq/{promoted.Slug}", result) : Results.Ok(result);
        });

        var faq = api.MapGroup("/faq").WithTags("FAQ");
        faq.MapGet("/", (string? category, IMediator mediator, CancellationToken ct) => mediator.Send(new ListFaq(category), ct));
        faq.MapGet("/suggest", (string? q, IMediator mediator, CancellationToken ct) => mediator.Send(new SuggestForTitle(q), ct));
        faq.MapGet("/report", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetFaqReport(), ct));
        faq.MapGet("/revisions/pending", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListPendingFaqRevisions(), ct));
        faq.MapPost("/revisions/{id:long}/approve", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new ApproveFaqRevision(id), ct));
        faq.MapPost("/revisions/{id:long}/reject", (long id, RejectBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new RejectFaqRevision(id, body.Comment), ct));
        faq.MapGet("/{slug}", (string slug, IMediator mediator, CancellationToken ct) => mediator.Send(new GetFaqArticle(slug), ct));
        faq.MapGet("/{slug}/history", (string slug, long? from, long? to, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetFaqHistory(slug, from, to), ct));
        faq.MapPost("/{slug}/revisions", async (string slug, RevisionBody body, IMediator mediator, CancellationToken ct) =>
        {
            var proposed = await mediator.Send(new ProposeFaqRevision(slug, body.Body, body.Summary, body.BaseRevisionId), ct);
            return Results.Created($"/api/v1/faq/{slug}/history", new { proposed.RevisionId, proposed.Number });
        });
        faq.MapPost("/{slug}/publish", (string slug, IMediator mediator, CancellationToken ct) => mediator.Send(new PublishFaqArticle(slug), ct));
        faq.MapPost("/{slug}/archive", (string slug, IMediator mediator, CancellationToken ct) => mediator.Send(new ArchiveFaqArticle(slug), ct));
        faq.MapPost("/{slug}/feedback", (string slug, FeedbackBody body, HttpContext http, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new SendFaqFeedback(slug, body.Helpful, body.Reason, user.UserId is null ? VisitorCookie.GetOrCreate(http) : null), ct))
            .RequireRateLimiting(VisitorCookie.NewVisitorsPolicy);
    }
}
