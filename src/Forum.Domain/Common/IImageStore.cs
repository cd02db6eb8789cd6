namespace Forum.Domain.Common;

/// <summary>
/// Where the re-encoded bytes of uploaded images are kept: in the database by default, so that every node serves them,
/// or in a directory (<c>Forum:Images:Directory</c>, e.g. a volume every node mounts). Who may see an image is decided
/// before the store is asked, the same for both.
/// </summary>
public interface IImageStore
{
    /// <summary>Keeps the bytes of an image being added; its row is written by the caller's save.</summary>
    Task KeepAsync(UploadedImage image, byte[] data, CancellationToken ct);

    /// <exception cref="NotFoundException">The image's bytes are not in the store.</exception>
    Task<byte[]> ReadAsync(Guid id, CancellationToken ct);
}
