namespace Forum.Domain.Features.Search;

/// <summary>How far a search reaches; bound from "Forum:Search".</summary>
public sealed class SearchOptions
{
    /// <summary>
    /// A search ranks at most this many questions: the newest of its matches. A query matching more (a common word
    /// on a large forum) says "1,000+ results" and pages through those only, so its cost stays the same however many
    /// questions match; a specific query matches fewer and has every match ranked.
    /// </summary>
    public int Candidates { get; set; } = 1000;
}
