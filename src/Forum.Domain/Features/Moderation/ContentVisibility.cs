using System.Linq.Expressions;

namespace Forum.Domain.Features.Moderation;

/// <summary>
/// The one rule for who sees which posts, for every list, page, feed and API (search too):
/// everyone sees public posts (neither deleted, hidden nor held); the author also sees their own hidden and
/// held posts (marked with <see cref="PostModeration"/>); moderators, staff and admins see all that is not
/// deleted, and deleted posts too where <c>includeDeleted</c> (the question page, to restore them).
/// An answer is visible only where its question is; an uploaded image only where the post that shows it is
/// (<see cref="Lookups.FindVisibleImageAsync"/>).
/// </summary>
public static class ContentVisibility
{
    public static readonly Expression<Func<Question, bool>> IsPublicQuestion = q => q.DeletedAt == null && q.HiddenAt == null;

    public static readonly Expression<Func<Answer, bool>> IsPublicAnswer =
        a => a.DeletedAt == null && a.HiddenAt == null && a.Question!.DeletedAt == null && a.Question.HiddenAt == null;

    /// <summary>Not deleted (perhaps hidden or held): what moderators and the staff's figures count.</summary>
    public static readonly Expression<Func<Question, bool>> IsLiveQuestion = q => q.DeletedAt == null;

    /// <summary>Not deleted itself (perhaps hidden or held, whatever its question).</summary>
    public static readonly Expression<Func<Answer, bool>> IsLiveAnswer = a => a.DeletedAt == null;

    /// <summary><see cref="IsPublicQuestion"/> in SQL, for the database's partial indexes of public questions.</summary>
    /// <param name="column">Quotes a column name for the database.</param>
    public static string IsPublicQuestionSql(Func<string, string> column) =>
        $"{column(nameof(Question.DeletedAt))} IS NULL AND {column(nameof(Question.HiddenAt))} IS NULL";

    public static IQueryable<Question> VisibleTo(this IQueryable<Question> questions, ICurrentUser user, bool includeDeleted = false)
    {
        if (Roles.IsModeratorOrStaff(user))
            return includeDeleted ? questions : questions.Where(q => q.DeletedAt == null);
        if (user.UserId is not { } me)
            return questions.Where(IsPublicQuestion);
        return questions.Where(q => q.DeletedAt == null && (q.HiddenAt == null || q.AuthorId == me));
    }

    /// <summary>
    /// The same questions as <see cref="VisibleTo(IQueryable{Question}, ICurrentUser, bool)"/>, in disjoint parts
    /// whose counts add up to its count: for a member, the public questions and their own hidden ones, so that each
    /// part is counted from an index (counting both at once through one OR reads every question). A part that is
    /// the public questions says so: its count is the same for every reader.
    /// </summary>
    public static VisiblePart[] VisibleToInParts(this IQueryable<Question> questions, ICurrentUser user)
    {
        if (Roles.IsModeratorOrStaff(user))
            return [new(questions.VisibleTo(user), IsPublic: false)];
        var everyones = new VisiblePart(questions.Where(IsPublicQuestion), IsPublic: true);
        return user.UserId is { } me
            ? [everyones, new(questions.Where(q => q.DeletedAt == null && q.HiddenAt != null && q.AuthorId == me), IsPublic: false)]
            : [everyones];
    }

    public static IQueryable<Answer> VisibleTo(this IQueryable<Answer> answers, ICurrentUser user, bool includeDeleted = false)
    {
        if (Roles.IsModeratorOrStaff(user))
            return includeDeleted ? answers : answers.Where(a => a.DeletedAt == null && a.Question!.DeletedAt == null);
        if (user.UserId is not { } me)
            return answers.Where(IsPublicAnswer);
        return answers.Where(a => a.DeletedAt == null && a.Question!.DeletedAt == null
            && (a.HiddenAt == null || a.AuthorId == me)
            && (a.Question.HiddenAt == null || a.Question.AuthorId == me));
    }

    /// <summary>
    /// The same rule for one post already read with its moderation state (from a cached thread). For an answer,
    /// its question must be visible too.
    /// </summary>
    public static bool CanSee(this ICurrentUser user, PostModeration? moderation, string authorId, bool includeDeleted = false)
    {
        if (moderation is null)
            return true;
        if (Roles.IsModeratorOrStaff(user))
            return includeDeleted || moderation.State != PostModeration.Deleted;
        return moderation.State != PostModeration.Deleted && user.UserId == authorId;
    }
}

/// <summary>Why a post that only its author and moderators see is not public: "hidden", "held" or "deleted", with the reason.</summary>
public sealed record PostModeration(string State, string? Reason, DateTimeOffset Since)
{
    public const string Hidden = "hidden", Held = "held", Deleted = "deleted";

    /// <summary>What the author is told: "hidden: spam", "awaiting review", "deleted: spam".</summary>
    public string Label => State switch
    {
        Held => "awaiting review",
        _ => string.IsNullOrEmpty(Reason) ? State : $"{State}: {Reason}",
    };

    /// <summary>Used in query projections; null for a public post.</summary>
    public static PostModeration? Of(DateTimeOffset? deletedAt, string? deletedReason, DateTimeOffset? hiddenAt, bool held, string? hiddenReason) =>
        deletedAt is { } deleted ? new PostModeration(Deleted, deletedReason, deleted)
        : hiddenAt is { } hidden ? new PostModeration(held ? Held : Hidden, hiddenReason, hidden)
        : null;
}

/// <summary>Some of the questions a reader may see; <paramref name="IsPublic"/> when they are the questions everyone sees.</summary>
public sealed record VisiblePart(IQueryable<Question> Questions, bool IsPublic);
