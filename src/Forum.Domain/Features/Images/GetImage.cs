using Forum.Domain.Features.Moderation;

namespace Forum.Domain.Features.Images;

/// <summary>An uploaded image's bytes, for whoever may see the post that shows it.</summary>
public sealed record GetImage(Guid Id) : IRequest<ImageFile>;

public sealed class GetImageHandler(IForumDb db, ICurrentUser user) : IRequestHandler<GetImage, ImageFile>
{
    public async Task<ImageFile> Handle(GetImage request, CancellationToken cancellationToken)
    {
        var id = await db.FindVisibleImageAsync(request.Id, user, cancellationToken);
        return await db.UploadedImages.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new ImageFile(i.Data, i.ContentType))
            .SingleAsync(cancellationToken);
    }
}

public sealed record ImageFile(byte[] Data, string ContentType);
