namespace Forum.Domain.Entities;

/// <summary>
/// An image a member uploaded for a post, kept re-encoded (no metadata) in the database so that every node serves it.
/// It belongs to the first post of its uploader that shows it, and is seen where that post is seen
/// (<see cref="Features.Moderation.Lookups.FindVisibleImageAsync"/>).
/// </summary>
public sealed class UploadedImage
{
    private UploadedImage() { }

    public UploadedImage(string uploaderId, string contentType, byte[] data, int width, int height, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UploaderId = uploaderId;
        ContentType = contentType;
        Data = data;
        ByteCount = data.Length;
        Width = width;
        Height = height;
        CreatedAt = now;
    }

    /// <summary>Random, so an image's address cannot be guessed from another's.</summary>
    public Guid Id { get; private set; }
    public string UploaderId { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Data { get; private set; } = [];
    public int ByteCount { get; private set; }
    public int Width { get; private set; }
    public int Height { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int? QuestionId { get; private set; }
    public Question? Question { get; private set; }
    public int? AnswerId { get; private set; }
    public Answer? Answer { get; private set; }

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
