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

    /// <summary>Who removed the post (a moderator), and why; null when its author deleted it.</summary>
    public string? DeletedById { get; protected set; }
    public string? DeletedReason { get; protected set; }
    /// <summary>When the post was hidden from everyone but its author and moderators (by flags, a moderator or a hold).</summary>
    public DateTimeOffset? HiddenAt { get; protected set; }
    /// <summary>The moderator who hid it; null when the forum hid it on its own (flags, a hold).</summary>
    public string? HiddenById { get; protected set; }
    public string? HiddenReason { get; protected set; }
    /// <summary>Held for review before anyone else sees it (a new member's link, repeated text, a link burst).</summary>
    public bool IsHeld { get; protected set; }

    public abstract PostType Type { get; }
    /// <summary>The question of the thread: the question itself, or the one an answer answers.</summary>
    public abstract int ThreadQuestionId { get; }
    public bool IsDeleted => DeletedAt is not null;
    public bool IsHidden => HiddenAt is not null;
    /// <summary>Seen by everyone: neither deleted nor hidden nor held.</summary>
    public bool IsPublic => DeletedAt is null && HiddenAt is null;

    public bool IsAuthoredBy(string? memberId) => memberId is not null && memberId == AuthorId;

    /// <summary>
    /// Its author may ask a moderator to review it: it was hidden (by a moderator or by flags) or removed by a moderator.
    /// A post held for its first review is already in the queue, and one its author deleted is theirs to repost.
    /// </summary>
    public bool AwaitsReviewRequestFrom(string? memberId) =>
        IsAuthoredBy(memberId) && (DeletedAt is null ? HiddenAt is not null && !IsHeld : DeletedById is not null);

    internal void ChangeScore(int delta)
    {
        Score += delta;
        Touch();
    }

    /// <summary>Holds a new post for review: only its author and moderators see it until it is approved.</summary>
    internal void Hold(string reason, DateTimeOffset now)
    {
        HiddenAt = now;
        HiddenById = null;
        HiddenReason = reason;
        IsHeld = true;
    }

    /// <summary>Hides the post pending review (<paramref name="moderatorId"/> null: hidden by the forum on flags).</summary>
    public virtual void Hide(string? moderatorId, string reason, DateTimeOffset now)
    {
        HiddenAt = now;
        HiddenById = moderatorId;
        HiddenReason = reason;
        IsHeld = false;
        Touch();
    }

    /// <summary>Removes the post on a moderator's decision.</summary>
    public virtual void Remove(string moderatorId, string reason, DateTimeOffset now)
    {
        DeletedAt = now;
        DeletedById = moderatorId;
        DeletedReason = reason;
        Touch();
    }

    /// <summary>Shows a hidden, held or removed post again.</summary>
    public virtual void Restore(DateTimeOffset now)
    {
        DeletedAt = null;
        DeletedById = null;
        DeletedReason = null;
        HiddenAt = null;
        HiddenById = null;
        HiddenReason = null;
        IsHeld = false;
        Touch();
    }

    /// <summary>A moderator looked at the post and left it as it is (the version changes, so a second moderator's action conflicts).</summary>
    public void MarkReviewed() => Touch();

    protected void SetBody(string markdown, string html)
    {
        BodyMarkdown = markdown;
        BodyHtml = html;
        Version = Guid.NewGuid();
    }

    protected void Touch() => ConcurrencyStamp = Guid.NewGuid();
}
