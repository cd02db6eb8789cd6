namespace Forum.Domain.Features.Moderation;

/// <summary>
/// The reasons the forum writes itself when it holds or hides a post (a repeated text, a new member's link, members'
/// flags) or removes an author's posts as spam. They are stored as these fixed English sentences, as every row ever
/// written has them, and said in the reader's language through the resources; a reason a moderator typed is said as
/// it was typed.
/// </summary>
public static class ModerationReasons
{
    public const string RepeatedText = "the same text was posted again within minutes";
    public const string FirstPostWithLink = "a new member's first post with a link or a phone number";
    public const string LinkBurst = "a burst of links from a new account";
    public const string Spam = "spam";
    public const string RemovedByModerator = "removed by a moderator";
    /// <summary>The audit note of each post removed when a moderator purges its author as a spammer.</summary>
    public const string SpamAccountPurged = "spam (account purged)";

    private const string HeldAuthorSuspendedSuffix = " (held for review; author suspended)";
    private const string SpamAccountRemovedPrefix = "spam (account removed): ";
    private const string DuplicateOfPrefix = "duplicate of question ";

    /// <summary>The audit note of a held post removed when its author is suspended for <paramref name="reason"/>.</summary>
    public static string HeldAuthorSuspended(string reason) => reason + HeldAuthorSuspendedSuffix;

    /// <summary>The audit note of each post removed with an account an admin removed for <paramref name="reason"/>.</summary>
    public static string SpamAccountRemoved(string reason) => SpamAccountRemovedPrefix + reason;

    public static string DuplicateOf(int questionId) => DuplicateOfPrefix + questionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A post hidden because members flagged it (spam, abuse) until a moderator looks.</summary>
    public static string FlaggedAs(FlagReason reason) => $"flagged as {ModerationCodes.Describe(reason)}";

    private static readonly Dictionary<string, Phrase> Known = new(
        new[]
        {
            KeyValuePair.Create(RepeatedText, Phrase.Of("ModerationReason.RepeatedText")),
            KeyValuePair.Create(FirstPostWithLink, Phrase.Of("ModerationReason.FirstPostWithLink")),
            KeyValuePair.Create(LinkBurst, Phrase.Of("ModerationReason.LinkBurst")),
            KeyValuePair.Create(Spam, Phrase.Of("ModerationReason.Spam")),
            KeyValuePair.Create(RemovedByModerator, Phrase.Of("ModerationReason.RemovedByModerator")),
            KeyValuePair.Create(SpamAccountPurged, Phrase.Of("ModerationReason.SpamAccountPurged")),
        }.Concat(ModerationCodes.FlagReasons.Select(r => KeyValuePair.Create(FlaggedAs(r.Value), Phrase.Of("ModerationReason.FlaggedAs", Phrase.Of($"Flag.Reason.{r.Key}")))))
        // A flag's reason in words, written when a moderator acts on a flagged post without typing a reason of their own.
        .Concat(ModerationCodes.FlagReasons.Where(r => ModerationCodes.Describe(r.Value) != Spam)
            .Select(r => KeyValuePair.Create(ModerationCodes.Describe(r.Value), Phrase.Of($"ModerationReason.Flag.{r.Key}")))),
        StringComparer.Ordinal);

    /// <summary>A stored reason as its reader is told it: the forum's own in their language, a moderator's as typed.</summary>
    public static Phrase Said(string reason) =>
        Known.TryGetValue(reason, out var phrase) ? phrase
        : reason.EndsWith(HeldAuthorSuspendedSuffix, StringComparison.Ordinal)
            ? Phrase.Of("ModerationReason.HeldAuthorSuspended", Said(reason[..^HeldAuthorSuspendedSuffix.Length]))
        : reason.StartsWith(SpamAccountRemovedPrefix, StringComparison.Ordinal)
            ? Phrase.Of("ModerationReason.SpamAccountRemoved", reason[SpamAccountRemovedPrefix.Length..])
        : reason.StartsWith(DuplicateOfPrefix, StringComparison.Ordinal) && int.TryParse(reason[DuplicateOfPrefix.Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var original)
            ? Phrase.Of("ModerationReason.DuplicateOf", original)
        : reason;
}
