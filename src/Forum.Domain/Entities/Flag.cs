namespace Forum.Domain.Entities;

public enum FlagReason { Spam = 0, Abusive = 1, OffTopic = 2, NotAnAnswer = 3, Duplicate = 4, NeedsModerator = 5 }

public enum FlagStatus { Pending = 0, Upheld = 1, Dismissed = 2 }

/// <summary>
/// A report that a post needs a moderator's attention, by a member or by the forum itself (no reporter: an automatic
/// flag, e.g. for rude words); upheld or dismissed by a moderator.
/// </summary>
public sealed class Flag : IRecordOfNewPost
{
    private Flag() { }

    public Flag(string reporterId, Post post, int questionId, FlagReason reason, string? note, int? duplicateOfQuestionId, DateTimeOffset now)
        : this(post, questionId, reason, note, duplicateOfQuestionId, now) => ReporterId = reporterId;

    private Flag(Post post, int questionId, FlagReason reason, string? note, int? duplicateOfQuestionId, DateTimeOffset now)
    {
        _unsavedPost = post.Id == 0 ? post : null;
        PostType = post.Type;
        PostId = post.Id;
        QuestionId = questionId;
        Reason = reason;
        Note = note;
        DuplicateOfQuestionId = duplicateOfQuestionId;
        CreatedAt = now;
    }

    /// <summary>A flag the forum raises itself: it has no reporter, hides nothing and counts toward no one's flags.</summary>
    public static Flag Automatic(Post post, int questionId, FlagReason reason, string note, DateTimeOffset now) =>
        new(post, questionId, reason, note, null, now);

    public long Id { get; private set; }
    /// <summary>The member who flagged; null when the forum raised the flag itself.</summary>
    public string? ReporterId { get; private set; }
    public Member? Reporter { get; private set; }
    public PostType PostType { get; private set; }
    public int PostId { get; private set; }
    /// <summary>The question the post belongs to (the post itself for a question), for links and category filters.</summary>
    public int QuestionId { get; private set; }
    public FlagReason Reason { get; private set; }
    public string? Note { get; private set; }
    public int? DuplicateOfQuestionId { get; private set; }
    public FlagStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string? HandledById { get; private set; }
    public DateTimeOffset? HandledAt { get; private set; }
    /// <summary>What the moderator did, in words the reporter sees ("Deleted", "Dismissed").</summary>
    public string? Resolution { get; private set; }

    public bool IsSpamOrAbuse => Reason is FlagReason.Spam or FlagReason.Abusive;
    public bool IsAutomatic => ReporterId is null;

    /// <summary>A post flagged in the same unit of work that creates it: it has no id yet (not mapped).</summary>
    private Post? _unsavedPost;

    public bool AwaitsPostId => _unsavedPost is not null;

    /// <summary>Takes the ids of the post once it is saved (the database gives them).</summary>
    public void TakePostId()
    {
        if (_unsavedPost is not { } post)
            return;
        PostId = post.Id;
        QuestionId = post.ThreadQuestionId;
        _unsavedPost = null;
    }

    public void Uphold(string moderatorId, string resolution, DateTimeOffset now) => Handle(FlagStatus.Upheld, moderatorId, resolution, now);

    public void Dismiss(string moderatorId, string resolution, DateTimeOffset now) => Handle(FlagStatus.Dismissed, moderatorId, resolution, now);

    private void Handle(FlagStatus status, string moderatorId, string resolution, DateTimeOffset now)
    {
        if (Status != FlagStatus.Pending)
            throw new InvalidOperationException("This flag was already handled.");
        Status = status;
        HandledById = moderatorId;
        HandledAt = now;
        Resolution = resolution;
    }
}

public enum ModerationActionType
{
    Approve = 0, Dismiss = 1, Hide = 2, Delete = 3, Restore = 4, Lock = 5, Unlock = 6, CloseDuplicate = 7,
    SuspendAuthor = 8, PurgeAuthor = 9, AutoHide = 10, Hold = 11, LiftSuspension = 12, AccountDeleted = 13, AccountRemoved = 14,
}

/// <summary>One line of the audit log: who did what to which post or member, why and when. Null moderator: the forum itself.</summary>
public sealed class ModerationAction : IRecordOfNewPost
{
    private ModerationAction() { }

    public ModerationAction(string? moderatorId, ModerationActionType action, PostType? postType, int? postId, int? questionId, string? memberId, string? reason, DateTimeOffset now)
    {
        ModeratorId = moderatorId;
        Action = action;
        PostType = postType;
        PostId = postId;
        QuestionId = questionId;
        MemberId = memberId;
        Reason = reason;
        CreatedAt = now;
    }

    /// <summary>
    /// A line by the forum itself about a post written in the same transaction (held as it is posted): the post has no id yet,
    /// so the database fills it in with <see cref="TakePostId"/> once the post is inserted.
    /// </summary>
    public static ModerationAction ForNewPost(Post post, ModerationActionType action, string? reason, DateTimeOffset now) =>
        new(null, action, post.Type, null, null, post.AuthorId, reason, now) { _newPost = post };

    private Post? _newPost;

    public bool AwaitsPostId => _newPost is not null && PostId is null;

    public void TakePostId()
    {
        if (_newPost is null)
            return;
        PostId = _newPost.Id;
        QuestionId = _newPost.ThreadQuestionId;
        _newPost = null;
    }

    public long Id { get; private set; }
    public string? ModeratorId { get; private set; }
    public Member? Moderator { get; private set; }
    public ModerationActionType Action { get; private set; }
    public PostType? PostType { get; private set; }
    public int? PostId { get; private set; }
    public int? QuestionId { get; private set; }
    /// <summary>The member acted upon: the post's author, or the suspended member.</summary>
    public string? MemberId { get; private set; }
    public Member? Member { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
