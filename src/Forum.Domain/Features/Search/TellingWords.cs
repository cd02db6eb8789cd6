namespace Forum.Domain.Features.Search;

/// <summary>
/// Which words of a title find similar questions, chosen as Lucene's MoreLikeThis chooses its "interesting terms":
/// by how many titles in the index contain each word. A word in more than <see cref="CommonShare"/> of all the
/// documents (and more than <see cref="CommonFloor"/> titles, so that a small forum keeps its words) tells
/// nothing about a question and is the costliest to match, so it is left out; so is a word no other title
/// contains. Of the rest, the <see cref="SearchTerms.MaxSimilarWords"/> rarest are matched, any two of them (any
/// one when only one or two are left). The cost of a match then no longer grows with the number of questions
/// that share a common word; a title made only of common words has no similar questions.
/// </summary>
public static class TellingWords
{
    public const double CommonShare = 0.05;
    public const int CommonFloor = 20;

    /// <summary>
    /// The terms to match for <paramref name="text"/>. <paramref name="indexed"/>: the title is itself in the index
    /// (a question's own title), so a word must be in at least one other title to be of use.
    /// </summary>
    public static async Task<SearchTerms> ChooseAsync(ISearchIndex index, string? text, bool indexed, CancellationToken ct)
    {
        var words = SearchTerms.SignificantWords(text).Take(SearchTerms.MaxTerms).ToList();
        if (words.Count == 0)
            return SearchTerms.AnyOf(words);
        var statistics = await index.CountTitlesAsync(words, ct);
        if (statistics is null)
            return SearchTerms.AnyOf(text);
        var common = Math.Max(CommonFloor, statistics.Documents * CommonShare);
        var least = indexed ? 2 : 1;
        var telling = words
            .Where(w => statistics.Titles.TryGetValue(w, out var titles) && titles >= least && titles <= common)
            .OrderBy(w => statistics.Titles[w]).ThenByDescending(w => w.Length)
            .Take(SearchTerms.MaxSimilarWords).ToHashSet();
        // Every match holds at least one of the telling words.
        return SearchTerms.AnyOf(words.Where(telling.Contains).ToList()).InTitlesAtMost(telling.Sum(w => statistics.Titles[w]));
    }
}
