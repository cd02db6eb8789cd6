using Forum.Domain.Features.Questions;
using MediatR;

namespace Forum.Web.Api;

public static class MarkdownEndpoints
{
    public sealed record PreviewBody(string Markdown);

    /// <summary>The live preview of the post editors: the exact HTML the post would get.</summary>
    public static void MapMarkdownEndpoints(this IEndpointRouteBuilder api) =>
        api.MapPost("/markdown/preview", async (PreviewBody body, IMediator mediator, CancellationToken ct) =>
            new { html = await mediator.Send(new PreviewMarkdown(body.Markdown), ct) }).WithTags("Posts");
}
