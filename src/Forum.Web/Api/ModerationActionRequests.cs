using FluentValidation;
using FluentValidation.Results;
using ValidationException = FluentValidation.ValidationException;

namespace Forum.Web.Api;

/// <summary>
/// The one place where an action word of the moderation API and of the queue's forms ("hide", "close-duplicate"...)
/// becomes its typed request. An unknown word, or a question-only action on an answer, is a validation error on the field.
/// </summary>
public static class ModerationActionRequests
{
    private sealed record Input(PostType PostType, int PostId, string? Reason, int? Days, int? DuplicateOfQuestionId);

    private static readonly IReadOnlyDictionary<ModerationActionType, Func<Input, IModerationRequest>> Requests =
        new Dictionary<ModerationActionType, Func<Input, IModerationRequest>>
        {
            [ModerationActionType.Approve] = i => new ApprovePost(i.PostType, i.PostId, i.Reason),
            [ModerationActionType.Dismiss] = i => new DismissFlags(i.PostType, i.PostId, i.Reason),
            [ModerationActionType.Hide] = i => new HidePost(i.PostType, i.PostId, i.Reason),
            [ModerationActionType.Delete] = i => new DeletePost(i.PostType, i.PostId, i.Reason),
            [ModerationActionType.Restore] = i => new RestorePost(i.PostType, i.PostId, i.Reason),
            [ModerationActionType.Lock] = i => new LockQuestion(QuestionOnly(i), i.Reason),
            [ModerationActionType.Unlock] = i => new UnlockQuestion(QuestionOnly(i), i.Reason),
            [ModerationActionType.CloseDuplicate] = i => new CloseAsDuplicate(QuestionOnly(i), i.DuplicateOfQuestionId, i.Reason),
            [ModerationActionType.SuspendAuthor] = i => new SuspendAuthor(i.PostType, i.PostId, i.Reason, i.Days),
            [ModerationActionType.PurgeAuthor] = i => new PurgeAuthor(i.PostType, i.PostId, i.Reason, i.Days),
        };

    /// <summary>The action words a moderator can send, in the order the queue offers them.</summary>
    public static IEnumerable<string> Words => Requests.Keys.Select(ModerationCodes.Code);

    /// <exception cref="ValidationException">The word names no action, or names a question-only action for an answer.</exception>
    public static IModerationRequest For(string? action, PostType postType, int postId, string? reason, int? days, int? duplicateOfQuestionId) =>
        action is not null && ModerationCodes.Actions.TryGetValue(action, out var type) && Requests.TryGetValue(type, out var request)
            ? request(new Input(postType, postId, reason, days, duplicateOfQuestionId))
            : throw Invalid("Action", $"Choose an action: {string.Join(", ", Words)}.");

    private static int QuestionOnly(Input input) =>
        input.PostType == PostType.Question ? input.PostId : throw Invalid("PostType", "Only questions can be locked, unlocked or closed as duplicates.");

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}
