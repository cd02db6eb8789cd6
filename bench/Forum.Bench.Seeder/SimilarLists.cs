using Forum.Domain.Entities;
using Forum.Domain.Features.Search;

/// <summary>
/// Every seeded question's stored list of similar questions, made in memory as the forum's ranking job makes it
/// (RankSimilarQuestions), so that the forum starts with its lists ranked, as a forum that ranked each question when it
/// was asked would be, instead of ranking a whole benchmark database in the background while it is measured. The same
/// choice of telling words (TellingWords: in at most 5% of the titles, at least 20, and in another title too; the five
/// rarest), the same matching (any two of them, any one when one or two are left) among the newest 500 matches, ranked
/// by the words' rarity (the engines' bm25 and ts_rank weigh rare words more) with the forum's boosts for solved
/// questions and votes. An approximation of the engines' scores, close enough for a list of synthetic titles.
/// </summary>
internal static class SimilarLists
{
    private const int Candidates = 500;

    public static List<SimilarQuestionLink> Rank(IReadOnlyList<Question> questions)
    {
        var words = new string[questions.Count][];
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < questions.Count; i++)
        {
            words[i] = [.. SearchTerms.SignificantWords(questions[i].Title).Take(SearchTerms.MaxTerms)];
            foreach (var word in words[i])
            {
                if (!postings.TryGetValue(word, out var list))
                    postings[word] = list = [];
                list.Add(i);
            }
        }
        var common = Math.Max(TellingWords.CommonFloor, questions.Count * TellingWords.CommonShare);
        var lists = new SimilarQuestionLink[questions.Count][];
        Parallel.For(0, questions.Count, i =>
        {
            var telling = words[i].Where(w => postings[w].Count >= 2 && postings[w].Count <= common)
                .OrderBy(w => postings[w].Count).ThenByDescending(w => w.Length).Take(SearchTerms.MaxSimilarWords).ToList();
            var needed = telling.Count < 3 ? 1 : 2;
            // The newest titles holding any of the words (postings are in the order of the questions, oldest first).
            var shared = new Dictionary<int, (int Words, double Weight)>();
            foreach (var word in telling)
            {
                var list = postings[word];
                var weight = Math.Log((double)questions.Count / list.Count);
                for (var p = list.Count - 1; p >= 0 && p >= list.Count - Candidates; p--)
                {
                    var other = list[p];
                    if (other == i)
                        continue;
                    var (count, total) = shared.GetValueOrDefault(other);
                    shared[other] = (count + 1, total + weight);
                }
            }
            lists[i] = [.. shared.Where(s => s.Value.Words >= needed)
                .OrderByDescending(s => s.Key).Take(Candidates)
                .Select(s => (Index: s.Key, Relevance: s.Value.Weight * Boost(questions[s.Key])))
                .OrderByDescending(s => s.Relevance).ThenByDescending(s => s.Index)
                .Take(SimilarQuestionLink.Kept)
                .Select((s, position) => new SimilarQuestionLink(questions[i].Id, position, questions[s.Index].Id))];
        });
        return [.. lists.SelectMany(l => l)];
    }

    /// <summary>As SearchRanking boosts a match: solved by half, votes up to +10 by half, below zero loses a quarter.</summary>
    private static double Boost(Question q) =>
        1.0 + (q.Status == QuestionStatus.Solved ? SearchRanking.SolvedBoost : 0.0)
            + (q.Score >= SearchRanking.VoteBoostCap ? SearchRanking.VoteBoostCap * SearchRanking.VoteBoostPerPoint
                : q.Score > 0 ? q.Score * SearchRanking.VoteBoostPerPoint : q.Score < 0 ? -SearchRanking.NegativePenalty : 0.0);
}
