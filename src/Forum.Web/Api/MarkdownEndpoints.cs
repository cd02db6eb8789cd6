namespace Forum.Web.Api;

public static class MarkdownEndpoints
{
    /// <summary>The HTML a post's Markdown would get: rendered and sanitized as on posting.</summary>
    public sealed record MarkdownPreview(string Html);

    public static void MapMarkdownEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/markdown/preview", async (PreviewMarkdown preview, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new MarkdownPreview(await mediator.Send(preview, ct))))
            .WithTags("Posts")
            .WithSummary("Preview a post's Markdown as HTML")
            .WithDescription("The live preview of the post editors: the exact HTML the post would get.")
            .Sends<PreviewMarkdown>();

        api.MapPost("/respect/check", UseCaseEndpoints.SendBody<CheckWording, WordingCheck>)
            .WithTags("Posts")
            .WithSummary("Find the words of a text that may read as rude")
            .WithDescription("The editors' live respect hint: the words that would bring the warning before posting.")
            .Sends<CheckWording>();
    }
}
