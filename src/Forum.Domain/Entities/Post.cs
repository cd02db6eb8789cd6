namespace Forum.Domain.Entities;

public enum PostType { Question = 0, Answer = 1 }

/// <summary>What questions and answers share: a Markdown body rendered once, a score, an author, an edit trail.</summary>
public abstract class Post
{
    public int Id { get; protected set; }
    public string AuthorId { get; protected set; } = "";
    public Member? Author { get; protected set; }
    public string BodyMarkdown { get; protected set; } = "";
    public string BodyHtml { get; protected set; } = "";
    public int Score { get; protected set; }
    public DateTimeOffset CreatedAt { get; protected set; }
    public DateTimeOffset? EditedAt { get; protected set; }
    public DateTimeOffset? DeletedAt { get; protected set; }
    /// <summary>Changes when the content is edited; an editor sends back the version they started from.</summary>
    public Guid Version { get; protected set; } = Guid.NewGuid();
    /// <summary>Changes on every write (votes, counts, edits), so that concurrent writes are detected, not lost.</summary>
    public Guid ConcurrencyStamp { get; protected set; } = Guid.NewGuid();

    public abstract PostType Type { get; }
    public bool IsDeleted => DeletedAt is not null;

    public bool IsAuthoredBy(string? memberId) => memberId is not null && memberId == AuthorId;

    internal void ChangeScore(int delta)
    {
        Score += delta;
        Touch();
    }

    protected void SetBody(string markdown, string html)
    {
        BodyMarkdown = markdown;
        BodyHtml = html;
        Version = Guid.NewGuid();
    }

    protected void Touch() => ConcurrencyStamp = Guid.NewGuid();
}
