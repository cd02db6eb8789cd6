namespace Forum.Domain.Entities;

/// <summary>
/// An image a member uploaded for a post, kept re-encoded (no metadata) by the <see cref="Common.IImageStore"/>: in this
/// row by default, so that every node serves it, or in a directory.
/// It belongs to the first post of its uploader that shows it, and is seen where that post is seen
/// (<see cref="Features.Moderation.Lookups.FindVisibleImageAsync"/>).
/// </summary>
public sealed class UploadedImage
{
    private UploadedImage() { }

    public UploadedImage(string uploaderId, string contentType, int byteCount, int width, int height, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UploaderId = uploaderId;
        ContentType = contentType;
        ByteCount = byteCount;
        Width = width;
        Height = height;
        CreatedAt = now;
    }

    /// <summary>Random, so an image's address cannot be guessed from another's.</summary>
    public Guid Id { get; private set; }
    public string UploaderId { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    /// <summary>The image's bytes when the database keeps them; empty when a directory does.</summary>
    public byte[] Data { get; private set; } = [];
    public int ByteCount { get; private set; }
    public int Width { get; private set; }
    public int Height { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int? QuestionId { get; private set; }
    public Question? Question { get; private set; }
    public int? AnswerId { get; private set; }
    public Answer? Answer { get; private set; }

    public void KeepInRow(byte[] data) => Data = data;

    public bool IsAttached => QuestionId is not null || AnswerId is not null || Question is not null || Answer is not null;

    /// <summary>The image now shares the post's visibility: hidden, held or removed with it.</summary>
    public void AttachTo(Post post)
    {
        switch (post)
        {
            case Question question:
                Question = question;
                break;
            case Answer answer:
                Answer = answer;
                break;
        }
    }
}
