using Microsoft.AspNetCore.Http.Metadata;

namespace Forum.Web.Api;

/// <summary>What the post editors call besides the preview: image uploads (and the images themselves) and @mention suggestions.</summary>
public static class EditorEndpoints
{
    /// <summary>Images never change under their address; the browser keeps them a year, shared caches not at all (a moderator's removal must hold).</summary>
    public const string ImageCacheControl = "private, max-age=31536000, immutable";

    public static void MapEditorEndpoints(this IEndpointRouteBuilder api)
    {
        var options = api.ServiceProvider.GetRequiredService<ImageOptions>();
        api.MapPost("/images", async (IFormFile? file, IMediator mediator, CancellationToken ct) =>
            {
                byte[] content = [];
                if (file is not null)
                {
                    content = new byte[file.Length];
                    await using var stream = file.OpenReadStream();
                    await stream.ReadExactlyAsync(content, ct);
                }
                var uploaded = await mediator.Send(new UploadImage(content), ct);
                return TypedResults.Created(uploaded.Url, uploaded);
            })
            .WithTags("Images")
            .WithSummary("Upload an image for a post")
            .WithDescription($"A multipart form with the image as `file`: PNG, JPEG, GIF or WebP, judged by its content, at most {options.MaxBytes:N0} bytes " +
                "(413 beyond). It is re-encoded without its metadata (EXIF, GPS); put `![description](url)` in a post to show it. Until a post shows it, " +
                "only its address leads to it; after, it is seen where that post is seen. 400 when the file is empty or no image; 429 past the upload allowance.")
            .DisableAntiforgery() // the API's own check (ApiAntiforgery) asks cookie sign-ins for the header, as for every change
            .WithMetadata(new UploadSizeLimit(options.MaxBytes + 64 * 1024))
            .Sends<UploadImage>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapGet("/members/mention-suggestions", async (string? q, int? question, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SuggestMentions(q, question), ct)))
            .WithTags("Members")
            .WithSummary("Suggest members to @mention")
            .WithDescription("Display names starting with `q`: the participants of the thread `question` first, then other members; at most 8.")
            .Sends<SuggestMentions>();
    }

    /// <summary>The image at <see cref="PostImages.Url"/>, outside the JSON API: what a post's <c>&lt;img&gt;</c> loads.</summary>
    public static void MapImages(this IEndpointRouteBuilder app) =>
        app.MapGet(PostImages.UrlPrefix + "{id:guid}", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var image = await mediator.Send(new GetImage(id), ct);
                context.Response.Headers.CacheControl = ImageCacheControl;
                return TypedResults.File(image.Data, image.ContentType);
            })
            .ExcludeFromDescription();

    private sealed record UploadSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
