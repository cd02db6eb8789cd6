namespace Forum.Infrastructure.Images;

/// <summary>The default: an image's bytes live in its own row, written in the same transaction, and every node reads them.</summary>
public sealed class DatabaseImageStore(ForumDbContext db) : IImageStore
{
    public Task KeepAsync(UploadedImage image, byte[] data, CancellationToken ct)
    {
        image.KeepInRow(data);
        return Task.CompletedTask;
    }

    public async Task<byte[]> ReadAsync(Guid id, CancellationToken ct) =>
        await db.UploadedImages.AsNoTracking().Where(i => i.Id == id).Select(i => i.Data).SingleOrDefaultAsync(ct) is { Length: > 0 } data
            ? data
            : throw new NotFoundException("The image");
}
