namespace Forum.Domain.Features.Images;

/// <summary>An uploaded image's bytes, for whoever may see the post that shows it.</summary>
public sealed record GetImage(Guid Id) : IRequest<ImageFile>;

public sealed class GetImageHandler(IForumDb db, ICurrentUser user, IImageStore store) : IRequestHandler<GetImage, ImageFile>
{
    public async Task<ImageFile> Handle(GetImage request, CancellationToken cancellationToken)
    {
        var id = await db.FindVisibleImageAsync(request.Id, user, cancellationToken);
        var contentType = await db.UploadedImages.AsNoTracking().Where(i => i.Id == id).Select(i => i.ContentType).SingleAsync(cancellationToken);
        return new ImageFile(await store.ReadAsync(id, cancellationToken), contentType);
    }
}

public sealed record ImageFile(byte[] Data, string ContentType);
