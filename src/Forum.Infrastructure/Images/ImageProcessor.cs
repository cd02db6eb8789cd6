using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Forum.Infrastructure.Images;

/// <summary>
/// Decodes an upload with ImageSharp knowing only PNG, JPEG, GIF and WebP (so the content decides, never the name), turns
/// a photo upright by its EXIF orientation, then drops every metadata profile (EXIF with GPS, ICC, IPTC, XMP) and
/// encodes the pixels afresh: nothing of the original file but its picture reaches readers.
/// </summary>
public sealed class ImageProcessor : IImageProcessor
{
    public const string Field = "File";

    private static readonly Configuration Formats = new(
        new PngConfigurationModule(), new JpegConfigurationModule(), new GifConfigurationModule(), new WebpConfigurationModule());

    public ProcessedImage Process(byte[] content, int maxPixels)
    {
        var info = Identify(content) ?? throw NotAnImage();
        if ((long)info.Width * info.Height > maxPixels)
            throw new RuleViolationException(Field, $"This image is {info.Width} × {info.Height} pixels; the most the forum takes is {maxPixels:N0} pixels in all.",
                Phrase.Of("Problem.ImageTooManyPixels", info.Width, info.Height, maxPixels));
        try
        {
            using var image = Image.Load(Formats, content, out IImageFormat format);
            image.Mutate(x => x.AutoOrient());
            StripMetadata(image);
            using var output = new MemoryStream();
            image.Save(output, Encoder(format));
            return new ProcessedImage(output.ToArray(), format.DefaultMimeType, image.Width, image.Height);
        }
        catch (Exception ex) when (ex is ImageFormatException or InvalidDataException or NotSupportedException)
        {
            throw NotAnImage();
        }
    }

    private static IImageInfo? Identify(byte[] content)
    {
        try
        {
            return Image.Identify(Formats, content, out _);
        }
        catch (Exception ex) when (ex is ImageFormatException or InvalidDataException or NotSupportedException)
        {
            return null;
        }
    }

    private static void StripMetadata(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.IccProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.IccProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.XmpProfile = null;
        }
    }

    private static IImageEncoder Encoder(IImageFormat format) => format switch
    {
        JpegFormat => new JpegEncoder { Quality = 85 },
        GifFormat => new GifEncoder(),
        WebpFormat => new WebpEncoder(),
        _ => new PngEncoder(),
    };

    private static RuleViolationException NotAnImage() =>
        new(Field, "This file is not an image the forum can show; upload a PNG, JPEG, GIF or WebP picture.", Phrase.Of("Problem.NotAnImage"));
}
