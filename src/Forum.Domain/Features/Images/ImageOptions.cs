namespace Forum.Domain.Features.Images;

/// <summary>Limits on uploaded images; bound from "Forum:Images".</summary>
public sealed class ImageOptions
{
    /// <summary>The largest file taken, in bytes (5 MB).</summary>
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The most pixels (width × height) an image may have, so a small file cannot unpack into gigabytes.</summary>
    public int MaxPixels { get; set; } = 40_000_000;

    /// <summary>Images a member may upload in 24 hours; staff and moderators are exempt.</summary>
    public int UploadsPerDay { get; set; } = 50;

    /// <summary>Images a member may upload in an hour.</summary>
    public int UploadsPerHour { get; set; } = 20;

    /// <summary>
    /// A directory to keep the images' bytes in (relative to the forum's content root) instead of the database; with
    /// several nodes, one that all of them share. Images kept in the database before it was set are still served.
    /// </summary>
    public string? Directory { get; set; }
}
