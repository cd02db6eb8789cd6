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

    /// <summary>A post hidden because members flagged it (spam, abuse) until a moderator looks.</summary>
    public static string FlaggedAs(FlagReason reason) => $"flagged as {ModerationCodes.Describe(reason)}";

    private static readonly Dictionary<string, Phrase> Known = new(
        new[]
        {
            KeyValuePair.Create(RepeatedText, Phrase.Of("ModerationReason.RepeatedText")),
            KeyValuePair.Create(FirstPostWithLink, Phrase.Of("ModerationReason.FirstPostWithLink")),
            KeyValuePair.Create(LinkBurst, Phrase.Of("ModerationReason.LinkBurst")),
            KeyValuePair.Create(Spam, Phrase.Of("ModerationReason.Spam")),
        }.Concat(ModerationCodes.FlagReasons.Select(r => KeyValuePair.Create(FlaggedAs(r.Value), Phrase.Of("ModerationReason.FlaggedAs", Phrase.Of($"Flag.Reason.{r.Key}"))))),
        StringComparer.Ordinal);

    /// <summary>A stored reason as its reader is told it: the forum's own in their language, a moderator's as typed.</summary>
    public static Phrase Said(string reason) => Known.TryGetValue(reason, out var phrase) ? phrase : reason;
}
