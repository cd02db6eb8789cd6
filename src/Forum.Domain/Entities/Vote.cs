namespace Forum.Domain.Entities;

/// <summary>One member's vote on one post: +1 or -1.</summary>
public sealed class Vote
{
    private Vote() { }

    public Vote(string voterId, PostType postType, int postId, int value, DateTimeOffset now)
    {
        VoterId = voterId;
        PostType = postType;
        PostId = postId;
        Value = value;
        CastAt = now;
    }

    public long Id { get; private set; }
    public string VoterId { get; private set; } = "";
    public PostType PostType { get; private set; }
    public int PostId { get; private set; }
    public int Value { get; private set; }
    public DateTimeOffset CastAt { get; private set; }

    public void Change(int value, DateTimeOffset now)
    {
        Value = value;
        CastAt = now;
    }
}

/// <summary>"I have this problem too": one per member per question.</summary>
public sealed class MeToo
{
    private MeToo() { }

    public MeToo(Question question, string memberId, DateTimeOffset now)
    {
        QuestionId = question.Id;
        MemberId = memberId;
        CreatedAt = now;
        question.CountMeToo();
    }

    public int QuestionId { get; private set; }
    public string MemberId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>One entry of a post's edit history: who changed it, when, and what it said after.</summary>
public sealed class PostRevision
{
    private PostRevision() { }

    public PostRevision(Post post, string editorId, string? title, DateTimeOffset now)
    {
        PostType = post.Type;
        PostId = post.Id;
        EditorId = editorId;
        Title = title;
        BodyMarkdown = post.BodyMarkdown;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public PostType PostType { get; private set; }
    public int PostId { get; private set; }
    public string EditorId { get; private set; } = "";
    public Member? Editor { get; private set; }
    public string? Title { get; private set; }
    public string BodyMarkdown { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
