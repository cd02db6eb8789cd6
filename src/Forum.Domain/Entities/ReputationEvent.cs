namespace Forum.Domain.Entities;

public enum ReputationReason
{
    QuestionUpvoted = 0,
    QuestionDownvoted = 1,
    AnswerUpvoted = 2,
    AnswerDownvoted = 3,
    DownvoteCast = 4,
    AnswerAccepted = 5,
    AcceptedAnAnswer = 6,
    Reversal = 7,
    Adjustment = 8,
    AnswerVerified = 9,
    AnswerPromotedToFaq = 10,
    PostRemovedAsSpamOrAbuse = 11,
}

/// <summary>
/// One line of the reputation ledger. <see cref="Amount"/> is what was actually applied after the daily
/// cap and the floor, so that reversing an event restores exactly what it took or gave.
/// </summary>
public sealed class ReputationEvent
{
    private ReputationEvent() { }

    public ReputationEvent(string memberId, int amount, ReputationReason reason, PostType? postType, int? postId, string? actorId, DateTimeOffset now, long? reversesEventId = null)
    {
        MemberId = memberId;
        Amount = amount;
        Reason = reason;
        PostType = postType;
        PostId = postId;
        ActorId = actorId;
        CreatedAt = now;
        ReversesEventId = reversesEventId;
    }

    public long Id { get; private set; }
    public string MemberId { get; private set; } = "";
    public int Amount { get; private set; }
    public ReputationReason Reason { get; private set; }
    public PostType? PostType { get; private set; }
    public int? PostId { get; private set; }
    public string? ActorId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public long? ReversesEventId { get; private set; }
    public bool IsReversed { get; private set; }

    internal void MarkReversed() => IsReversed = true;
}
