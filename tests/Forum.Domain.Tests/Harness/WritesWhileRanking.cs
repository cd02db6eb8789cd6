using Forum.Domain.Common;
using Forum.Domain.Features.Search;

namespace Forum.Domain.Tests.Harness;

/// <summary>The real index, with a write of the test's made once while the first title is being ranked.</summary>
public sealed class WritesWhileRanking(ISearchIndex index, Func<Func<Task>?> takeWrite) : ISearchIndex
{
    public IQueryable<SearchMatch> MatchQuestions(SearchTerms terms) => index.MatchQuestions(terms);

    public IQueryable<SearchMatch> MatchNewestQuestions(SearchTerms terms, int candidates) => index.MatchNewestQuestions(terms, candidates);

    public IQueryable<SearchMatch> MatchTitles(SearchTerms terms, int candidates) => index.MatchTitles(terms, candidates);

    public async Task<TitleStatistics?> CountTitlesAsync(IReadOnlyCollection<string> words, CancellationToken ct)
    {
        if (takeWrite() is { } write)
            await write();
        return await index.CountTitlesAsync(words, ct);
    }

    public IQueryable<SearchMatch> MatchFaqArticles(SearchTerms terms, string language, int? top = null) => index.MatchFaqArticles(terms, language, top);
}
