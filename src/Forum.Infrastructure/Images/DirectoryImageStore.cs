namespace Forum.Infrastructure.Images;

/// <summary>
/// Keeps images' bytes as files named by the image's id in a directory (<c>Forum:Images:Directory</c>), leaving the
/// database only the image's details. A file is written aside and then renamed, so a reader never gets half of one.
/// Images kept in the database before the directory was configured are read from there.
/// </summary>
public sealed class DirectoryImageStore(string directory, DatabaseImageStore database) : IImageStore
{
    public string Directory { get; } = directory;

    public async Task KeepAsync(UploadedImage image, byte[] data, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(image.Id);
        var aside = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(aside, data, ct);
        File.Move(aside, path, overwrite: true);
    }

    public async Task<byte[]> ReadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            return await File.ReadAllBytesAsync(PathOf(id), ct);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return await database.ReadAsync(id, ct);
        }
    }

    /// <summary>The id as 32 hexadecimal digits: nothing from a request reaches the path but a parsed Guid.</summary>
    public string PathOf(Guid id) => Path.Combine(Directory, id.ToString("N"));
}
