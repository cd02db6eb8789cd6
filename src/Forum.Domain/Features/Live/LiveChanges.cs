namespace Forum.Domain.Features.Live;

/// <summary>
/// Which open pages hear of a committed change to a post, flag, moderation action or notification. The readers of a
/// thread hear only of what everyone may see (the visibility rule of <see cref="Post.IsPublic"/>): a held, hidden or
/// deleted post is told to the moderators' stream, and to the thread only as "something changed", without its id.
/// Moderators hear of new items and of items handled (a moderation action), not of each step in between.
/// </summary>
public static class LiveChanges
{
    /// <summary>A thread's readers: the question page fetches the part that changed.</summary>
    public static class ThreadChange
    {
        public const string AnswerPosted = "answer-posted";
        public const string PostEdited = "post-edited";
        public const string Score = "score";
        public const string Accepted = "accepted";
        public const string Verified = "verified";
        public const string MeToo = "me-too";
        public const string Taken = "taken";
        /// <summary>A post was hidden, held, removed or restored: the page reloads what it shows.</summary>
        public const string Changed = "changed";
    }

    /// <summary>Needs attention: a question came, went or changed; the page fetches the queue again.</summary>
    public const string QueueChanged = "queue-changed";
    /// <summary>Moderation: a new item (a flag, a held post) waits.</summary>
    public const string ItemAdded = "item-added";
    /// <summary>Moderation: a moderator acted on a post; its item leaves every moderator's queue.</summary>
    public const string ItemHandled = "item-handled";
    public const string NotificationArrived = "notification";

    private static readonly string[] Removal = [nameof(Post.DeletedAt), nameof(Post.HiddenAt), nameof(Post.IsHeld)];
    private static readonly string[] Edit = [nameof(Post.BodyMarkdown), nameof(Question.Title)];
    private static readonly string[] Queue =
    [
        nameof(Question.Status), nameof(Question.AnswerCount), nameof(Question.FirstResponseAt), nameof(Question.TakenById),
        nameof(Question.TakenUntil), nameof(Question.NeedsInfoSince), nameof(Question.BackInQueueAt), nameof(Question.CategoryId),
    ];

    /// <param name="modified">The names of the properties the save changed (empty for a new question).</param>
    public static IEnumerable<LiveEvent> OfQuestion(Question question, bool added, IReadOnlySet<string> modified)
    {
        if (added)
        {
            yield return question.IsPublic ? LiveEvent.ToNeedsAttention(question.Id, QueueChanged) : LiveEvent.ToModerators(ItemAdded, question.Id);
            yield break;
        }
        if (Removal.Any(modified.Contains))
        {
            yield return LiveEvent.ToThread(question.Id, ThreadChange.Changed);
            yield return LiveEvent.ToNeedsAttention(question.Id, QueueChanged);
            yield break;
        }
        if (!question.IsPublic)
            yield break;
        if (Edit.Any(modified.Contains))
            yield return LiveEvent.ToThread(question.Id, ThreadChange.PostEdited, question.Id);
        if (modified.Contains(nameof(Post.Score)))
            yield return LiveEvent.ToThread(question.Id, ThreadChange.Score, question.Id);
        if (modified.Contains(nameof(Question.AcceptedAnswerId)))
            yield return LiveEvent.ToThread(question.Id, ThreadChange.Accepted, question.AcceptedAnswerId);
        if (modified.Contains(nameof(Question.MeTooCount)))
            yield return LiveEvent.ToThread(question.Id, ThreadChange.MeToo, question.Id);
        if (modified.Contains(nameof(Question.TakenById)))
            yield return LiveEvent.ToThread(question.Id, ThreadChange.Taken, question.Id);
        if (Queue.Any(modified.Contains))
            yield return LiveEvent.ToNeedsAttention(question.Id, QueueChanged);
    }

    /// <param name="questionIsPublic">Whether the answer's question is seen by everyone.</param>
    public static IEnumerable<LiveEvent> OfAnswer(Answer answer, bool questionIsPublic, bool added, IReadOnlySet<string> modified)
    {
        var isPublic = questionIsPublic && answer.IsPublic;
        if (added)
        {
            yield return isPublic
                ? LiveEvent.ToThread(answer.QuestionId, ThreadChange.AnswerPosted, answer.Id)
                : LiveEvent.ToModerators(ItemAdded, answer.Id);
            yield break;
        }
        if (Removal.Any(modified.Contains))
        {
            if (questionIsPublic)
                yield return LiveEvent.ToThread(answer.QuestionId, ThreadChange.Changed);
            yield break;
        }
        if (!isPublic)
            yield break;
        if (modified.Contains(nameof(Post.BodyMarkdown)))
            yield return LiveEvent.ToThread(answer.QuestionId, ThreadChange.PostEdited, answer.Id);
        if (modified.Contains(nameof(Post.Score)))
            yield return LiveEvent.ToThread(answer.QuestionId, ThreadChange.Score, answer.Id);
        if (modified.Contains(nameof(Answer.VerifiedAt)))
            yield return LiveEvent.ToThread(answer.QuestionId, ThreadChange.Verified, answer.Id);
    }

    public static LiveEvent OfNewFlag(Flag flag) => LiveEvent.ToModerators(ItemAdded, flag.PostId);

    /// <summary>A moderator's action takes the post's item out of every moderator's queue.</summary>
    public static LiveEvent? OfModerationAction(ModerationAction action) =>
        action is { ModeratorId: not null, PostType: { } type, PostId: { } postId }
            ? new LiveEvent(LiveStream.Moderation, $"{type}-{postId}", ItemHandled, postId)
            : null;

    public static LiveEvent OfNotification(Notification notification) => LiveEvent.ToMember(notification.MemberId, NotificationArrived);
}
