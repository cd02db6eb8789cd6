using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Forum.Web.Api;

public static class FaqEndpoints
{
    public sealed record PromoteBody(string? Title, string? Body, string? Category, [property: JsonRequired] bool Publish, string? Problem);
    public sealed record RevisionBody(string Body, string? Summary, long BaseRevisionId, bool Significant = false);
    public sealed record TranslationBody(string Title, string Body, string? Summary, long SourceRevisionId, long? BaseRevisionId);
    public sealed record RejectBody(string Comment);
    public sealed record FeedbackBody([property: JsonRequired] bool Helpful, FeedbackReason? Reason);

    /// <summary>The article an answer was promoted into (or had already been).</summary>
    public sealed record PromotedArticle(int ArticleId, string Slug, string Url);

    public static void MapFaqEndpoints(this IEndpointRouteBuilder api)
    {
        var answers = api.MapGroup("/answers").WithTags("FAQ");
        answers.MapPost("/{id:int}/verify", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyAnswer(id), ct)))
            .WithSummary("Mark an answer staff-verified")
            .WithDescription("Staff only: the answer becomes an official one and its author earns reputation.")
            .Sends<VerifyAnswer>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        answers.MapDelete("/{id:int}/verify", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new WithdrawVerification(id), ct)))
            .WithSummary("Withdraw an answer's staff verification")
            .Sends<WithdrawVerification>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        answers.MapPost("/{id:int}/promote", async Task<Results<Created<PromotedArticle>, Ok<PromotedArticle>>> (int id, PromoteBody body, IMediator mediator, ForumLinks links, CancellationToken ct) =>
            {
                var promoted = await mediator.Send(new PromoteAnswerToFaq(id, body.Publish, body.Title, body.Body, body.Category, body.Problem), ct);
                var article = new PromotedArticle(promoted.ArticleId, promoted.Slug, links.FaqArticle(promoted.Slug));
                return promoted.Created ? TypedResults.Created($"/api/v1/faq/{promoted.Slug}", article) : TypedResults.Ok(article);
            })
            .WithSummary("Promote a verified answer into the FAQ")
            .WithDescription("Staff only. 201 with the new article (published or a draft, by `publish`); 200 with the article the answer was already promoted into.")
            .Sends<PromoteAnswerToFaq>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        var faq = api.MapGroup("/faq").WithTags("FAQ");
        faq.MapGet("/", async (string? category, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListFaq(category), ct)))
            .WithSummary("List the FAQ articles by category")
            .WithDescription("Staff also see drafts and the number of revisions waiting for review.")
            .Sends<ListFaq>();

        faq.MapGet("/suggest", async (string? q, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new SuggestForTitle(q), ct)))
            .WithSummary("Suggest FAQ articles and solved questions for a question's title")
            .WithDescription("What the ask form shows while the title is typed, before a question is posted: in the reader's language (`Accept-Language`) first, an FAQ article in its translation into that language when the translation matches.")
            .Sends<SuggestForTitle>()
            .ProducesValidationProblem();

        faq.MapGet("/report", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetFaqReport(), ct)))
            .WithSummary("Get the FAQ's helpfulness report")
            .Sends<GetFaqReport>();

        faq.MapGet("/revisions/pending", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListPendingFaqRevisions(), ct)))
            .WithSummary("List the FAQ revisions waiting for review")
            .Sends<ListPendingFaqRevisions>();

        faq.MapPost("/revisions/{id:long}/approve", async (long id, bool? significant, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveFaqRevision(id, significant), ct)))
            .WithSummary("Approve a proposed FAQ revision")
            .WithDescription("409 when the revision was already reviewed or the article is archived. `?significant=true|false` overrides the proposer's " +
                "word on whether the change makes the article's translations out of date.")
            .Sends<ApproveFaqRevision>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        faq.MapPost("/revisions/{id:long}/reject", async (long id, RejectBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RejectFaqRevision(id, body.Comment), ct)))
            .WithSummary("Reject a proposed FAQ revision with a comment")
            .Sends<RejectFaqRevision>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        MapTranslationEndpoints(faq);

        faq.MapGet("/{slug}", async (string slug, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetFaqArticle(slug), ct)))
            .WithSummary("Get an FAQ article")
            .Sends<GetFaqArticle>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        faq.MapGet("/{slug}/history", async (string slug, long? from, long? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetFaqHistory(slug, from, to), ct)))
            .WithSummary("Get an FAQ article's revisions and the difference between two")
            .Sends<GetFaqHistory>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        faq.MapPost("/{slug}/revisions", async (string slug, RevisionBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/faq/{slug}/history", await mediator.Send(new ProposeFaqRevision(slug, body.Body, body.Summary, body.BaseRevisionId, body.Significant), ct)))
            .WithSummary("Propose a revision of an FAQ article")
            .WithDescription("Needs the reputation privilege. `baseRevisionId` is the approved revision you edited; 409 when you already have one waiting, " +
                "when the article is archived, or when it changed since in the same lines. `significant`: once approved, the article's translations are out of date.")
            .Sends<ProposeFaqRevision>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        faq.MapPost("/{slug}/publish", async (string slug, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new PublishFaqArticle(slug), ct)))
            .WithSummary("Publish a draft FAQ article")
            .Sends<PublishFaqArticle>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        faq.MapPost("/{slug}/archive", async (string slug, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ArchiveFaqArticle(slug), ct)))
            .WithSummary("Archive an FAQ article")
            .Sends<ArchiveFaqArticle>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        faq.MapPost("/{slug}/feedback", async (string slug, FeedbackBody body, HttpContext http, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SendFaqFeedback(slug, body.Helpful, body.Reason, user.UserId is null ? VisitorCookie.GetOrCreate(http) : null), ct)))
            .RequireRateLimiting(VisitorCookie.NewVisitorsPolicy)
            .WithSummary("Say whether an FAQ article helped")
            .WithDescription("One vote per member, or per visitor (by a cookie); a later vote replaces the earlier one.")
            .Sends<SendFaqFeedback>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Translations of the FAQ (SUMO style): proposed by localizers, reviewed by staff, out of date after a significant English change.</summary>
    private static void MapTranslationEndpoints(RouteGroupBuilder faq)
    {
        faq.MapGet("/translations/needs-update", async (string? language, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListFaqTranslationsToUpdate(language), ct)))
            .WithSummary("List the translations a significant English change left out of date")
            .Sends<ListFaqTranslationsToUpdate>()
            .ProducesValidationProblem();

        faq.MapGet("/translations/pending", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListPendingFaqTranslations(), ct)))
            .WithSummary("List the FAQ translations waiting for review")
            .Sends<ListPendingFaqTranslations>();

        faq.MapPost("/translations/{id:long}/approve", async (long id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveFaqTranslation(id), ct)))
            .WithSummary("Approve a proposed FAQ translation")
            .WithDescription("Staff only. 409 when it was already reviewed, the article is archived, or another translation was approved after it was started.")
            .Sends<ApproveFaqTranslation>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        faq.MapPost("/translations/{id:long}/reject", async (long id, RejectBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RejectFaqTranslation(id, body.Comment), ct)))
            .WithSummary("Reject a proposed FAQ translation with a comment")
            .Sends<RejectFaqTranslation>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        faq.MapGet("/{slug}/translations/{language}", async (string slug, string language, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetFaqTranslation(slug, language), ct)))
            .WithSummary("Get an FAQ article's approved translation")
            .WithDescription("`isOutOfDate` when a significant English change was approved after the revision it translates.")
            .Sends<GetFaqTranslation>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        faq.MapPost("/{slug}/translations/{language}", async (string slug, string language, TranslationBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/faq/{slug}/translations/{language}", await mediator.Send(
                    new ProposeFaqTranslation(slug, language, body.Title, body.Body, body.Summary, body.SourceRevisionId, body.BaseRevisionId), ct)))
            .WithSummary("Propose a translation of an FAQ article")
            .WithDescription("For staff, and members with the Localizer role or the reputation for it. `sourceRevisionId` is the English revision you translated; " +
                "`baseRevisionId` the approved translation you edited (none for the first); 409 when another was approved since or you already have one waiting.")
            .Sends<ProposeFaqTranslation>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }

}
