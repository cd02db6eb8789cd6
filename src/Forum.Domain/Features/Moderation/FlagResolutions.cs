namespace Forum.Domain.Features.Moderation;

/// <summary>
/// What a moderator's decision did with the flags on a post. It is stored with each flag as these fixed English words,
/// as every row ever written has them, and its reporter is told it in their language through the resources.
/// </summary>
public static class FlagResolutions
{
    public const string Dismissed = "Dismissed";
    public const string DismissedPostRestored = "Dismissed: the post was restored";
    public const string Approved = "Approved";
    public const string PostDeleted = "Post deleted";
    public const string PostHidden = "Post hidden";
    public const string AuthorSuspended = "Author suspended";
    public const string AuthorsPostsRemoved = "Author's posts removed";
    public const string AuthorsAccountRemoved = "Author's account removed";
    public const string QuestionLocked = "Question locked";
    public const string ClosedAsDuplicate = "Closed as a duplicate";

    private static readonly Dictionary<string, Phrase> Known = new(StringComparer.Ordinal)
    {
        [Dismissed] = Phrase.Of("FlagResolution.Dismissed"),
        [DismissedPostRestored] = Phrase.Of("FlagResolution.DismissedPostRestored"),
        [Approved] = Phrase.Of("FlagResolution.Approved"),
        [PostDeleted] = Phrase.Of("FlagResolution.PostDeleted"),
        [PostHidden] = Phrase.Of("FlagResolution.PostHidden"),
        [AuthorSuspended] = Phrase.Of("FlagResolution.AuthorSuspended"),
        [AuthorsPostsRemoved] = Phrase.Of("FlagResolution.AuthorsPostsRemoved"),
        [AuthorsAccountRemoved] = Phrase.Of("FlagResolution.AuthorsAccountRemoved"),
        [QuestionLocked] = Phrase.Of("FlagResolution.QuestionLocked"),
        [ClosedAsDuplicate] = Phrase.Of("FlagResolution.ClosedAsDuplicate"),
    };

    /// <summary>A stored resolution as its reader is told it (one the forum does not know, as it was stored).</summary>
    public static Phrase Said(string resolution) => Known.TryGetValue(resolution, out var phrase) ? phrase : resolution;
}
