namespace Forum.Domain.Common;

/// <summary>
/// The database's own full-text engine (FTS5, tsvector, CONTAINSTABLE). It only matches and ranks; what is
/// visible, the filters, the boosts and the paging are composed on top by the use cases, the same for every engine.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// The questions whose search document matches <paramref name="terms"/>, with the engine's relevance (higher is
    /// better): every match, for a query narrowed by other means (<see cref="MatchNewestQuestions"/> otherwise). The
    /// newest of those that pass a filter are taken by <see cref="SearchMatch.Newness"/>.
    /// </summary>
    IQueryable<SearchMatch> MatchQuestions(SearchTerms terms);

    /// <summary>
    /// As <see cref="MatchQuestions"/>, but only the <paramref name="candidates"/> newest matches (by search document),
    /// taken without reading or ranking the older ones, so a search's cost stays the same however many questions match.
    /// </summary>
    IQueryable<SearchMatch> MatchNewestQuestions(SearchTerms terms, int candidates);

    /// <summary>
    /// Similar questions: the questions whose title matches <paramref name="terms"/>, ranked among the
    /// <paramref name="candidates"/> newest matches only, so the cost stays the same however many questions
    /// share a common title word.
    /// </summary>
    IQueryable<SearchMatch> MatchTitles(SearchTerms terms, int candidates);

    /// <summary>
    /// How many search documents there are, and how many titles contain each of <paramref name="words"/> as the
    /// engine matches it (its own stemming); a word the engine does not index at all (a stop word of its own) is
    /// left out. Null when the engine keeps no such counts: then every word counts as telling.
    /// </summary>
    Task<TitleStatistics?> CountTitlesAsync(IReadOnlyCollection<string> words, CancellationToken ct);

    /// <summary>
    /// The FAQ articles whose search document in <paramref name="language"/> or in English matches
    /// <paramref name="terms"/>, as <see cref="MatchQuestions"/>: one match per article, in
    /// <paramref name="language"/> when that document matches, else in English.
    /// </summary>
    IQueryable<SearchMatch> MatchFaqArticles(SearchTerms terms, string language, int? top = null);
}

/// <summary>
/// One matching document: the id of what it indexes (a question or an FAQ article), the engine's relevance (higher
/// is better) and the language the document is written in.
/// </summary>
public sealed class SearchMatch
{
    public int Id { get; init; }
    public double Rank { get; init; }
    public string Language { get; init; } = Languages.English;

    /// <summary>
    /// Higher for a newer match, in an order the engine can read its matches in without sorting them, so that "the
    /// newest that pass a filter" stops at the last one taken: on SQLite the document's key (FTS5 walks its matches by
    /// it), elsewhere the id of what the document indexes (the order of the rows the filter reads).
    /// </summary>
    public int Newness { get; init; }
}

/// <summary>
/// <paramref name="Documents"/>: how many search documents the index holds; <paramref name="Titles"/>: for each
/// word, how many of their titles contain it.
/// </summary>
public sealed record TitleStatistics(long Documents, IReadOnlyDictionary<string, long> Titles);
