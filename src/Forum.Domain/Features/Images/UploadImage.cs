namespace Forum.Domain.Features.Images;

/// <summary>A member uploads an image for a post: it is checked by its content, re-encoded without metadata and kept.</summary>
/// <param name="Content">The file as sent; its name and declared type are not trusted, so they are not asked for.</param>
[RequiresMember]
public sealed record UploadImage(byte[] Content) : IRequest<UploadedImageResult>;

public sealed class UploadImageValidator : AbstractValidator<UploadImage>
{
    public UploadImageValidator(IForumTexts texts) =>
        RuleFor(x => x.Content).NotEmpty().Says(texts, "Validation.Image.Empty");
}

public sealed class UploadImageHandler(IForumDb db, ICurrentUser user, TimeProvider clock, IImageProcessor processor, IImageStore store, ImageOptions options,
    WriteAllowance allowance)
    : IRequestHandler<UploadImage, UploadedImageResult>
{
    public async Task<UploadedImageResult> Handle(UploadImage request, CancellationToken cancellationToken)
    {
        if (request.Content.Length > options.MaxBytes)
            throw new TooLargeException($"An image can be at most {Megabytes(options.MaxBytes):0.0#} MB; this one is {Megabytes(request.Content.Length):0.0#} MB.",
                Phrase.Of("Problem.ImageTooLarge", Megabytes(options.MaxBytes), Megabytes(request.Content.Length)));
        var image = processor.Process(request.Content, options.MaxPixels);
        await allowance.EnsureCanUploadImageAsync(user.UserId!, cancellationToken);

        var uploaded = new UploadedImage(user.UserId!, image.ContentType, image.Data.Length, image.Width, image.Height, clock.GetUtcNow());
        await store.KeepAsync(uploaded, image.Data, cancellationToken);
        db.UploadedImages.Add(uploaded);
        await db.SaveChangesAsync(cancellationToken);
        return new UploadedImageResult(uploaded.Id, PostImages.Url(uploaded.Id), uploaded.ContentType, uploaded.Width, uploaded.Height, uploaded.ByteCount);
    }

    private static double Megabytes(int bytes) => bytes / (1024.0 * 1024);
}

/// <param name="Url">The image's address on this forum, to put in a post's Markdown as <c>![description](url)</c>.</param>
public sealed record UploadedImageResult(Guid Id, string Url, string ContentType, int Width, int Height, int Bytes);
