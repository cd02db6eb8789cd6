namespace Forum.Domain.Common;

/// <summary>Reads an uploaded file as an image by its content (never its name) and encodes it afresh, without its metadata.</summary>
public interface IImageProcessor
{
    /// <exception cref="RuleViolationException">The content is not a PNG, JPEG, GIF or WebP image that can be read whole, or is too large in pixels.</exception>
    ProcessedImage Process(byte[] content, int maxPixels);
}

/// <param name="ContentType">The MIME type of <paramref name="Data"/>, from the decoded format.</param>
public sealed record ProcessedImage(byte[] Data, string ContentType, int Width, int Height);
