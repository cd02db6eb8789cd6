namespace Forum.Domain.Features.Feeds;

/// <summary>
/// What an RSS or Atom feed carries. A feed is public: whoever fetches it gets what a visitor sees (feed readers
/// share it and the output cache keeps it), so every feed reads only public posts
/// (<see cref="Moderation.ContentVisibility.IsPublicQuestion"/>, <see cref="Moderation.ContentVisibility.IsPublicAnswer"/>).
/// </summary>
public sealed record Feed(string Title, string? Description, IReadOnlyList<FeedEntry> Entries);

/// <param name="QuestionId">The thread the entry belongs to; with <paramref name="AnswerId"/> it is an answer.</param>
/// <param name="FaqSlug">Set for an FAQ article (no thread).</param>
public sealed record FeedEntry(
    string Title, string AuthorName, DateTimeOffset Published, DateTimeOffset Updated, string Html,
    int? QuestionId = null, string? QuestionSlug = null, int? AnswerId = null, string? FaqSlug = null, IReadOnlyList<string>? Categories = null);

public static class FeedLimits
{
    /// <summary>How many entries a feed carries (the newest).</summary>
    public const int Entries = 30;
}
