using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using MediatR;

namespace Forum.Web.Api;

public static class MarkdownEndpoints
{
    public sealed record PreviewBody(string Markdown);
    public sealed record WordingBody(string? Text);

    public static void MapMarkdownEndpoints(this IEndpointRouteBuilder api)
    {
        // The live preview of the post editors: the exact HTML the post would get.
        api.MapPost("/markdown/preview", async (PreviewBody body, IMediator mediator, CancellationToken ct) =>
            new { html = await mediator.Send(new PreviewMarkdown(body.Markdown), ct) }).WithTags("Posts");

        // The editors' live respect hint: the words that would bring the warning before posting.
        api.MapPost("/respect/check", (WordingBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new CheckWording(body.Text), ct)).WithTags("Posts");
    }
}
