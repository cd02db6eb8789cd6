namespace Forum.Domain.Features.Search;

/// <summary>
/// How the engine's relevance is boosted, the same on every database: a solved question counts half as much
/// again, and votes up to +10 add up to half as much again; a question voted below zero loses a quarter. An FAQ
/// article, the forum's official and reviewed answer, counts two and a half times its match: more than the best
/// boosted question (solved with +10 votes counts twice), so it wins every equal match and comes before the
/// thread it was promoted from.
/// </summary>
public static class SearchRanking
{
    public const double SolvedBoost = 0.5;
    public const double VoteBoostPerPoint = 0.05;
    public const int VoteBoostCap = 10;
    public const double NegativePenalty = 0.25;
    public const double FaqBoost = 1.5;

    public static IQueryable<RankedQuestion> Rank(IQueryable<SearchMatch> matches, IQueryable<Question> questions) =>
        from m in matches
        join q in questions on m.Id equals q.Id
        select new RankedQuestion
        {
            Question = q,
            Newness = m.Newness,
            Relevance = m.Rank * (1.0
                + (q.Status == QuestionStatus.Solved ? SolvedBoost : 0.0)
                + (q.Score >= VoteBoostCap ? VoteBoostCap * VoteBoostPerPoint : q.Score > 0 ? q.Score * VoteBoostPerPoint : q.Score < 0 ? -NegativePenalty : 0.0)),
        };

    public static IQueryable<RankedArticle> RankArticles(IQueryable<SearchMatch> matches, IQueryable<FaqArticle> articles) =>
        from m in matches
        join a in articles on m.Id equals a.Id
        select new RankedArticle { Article = a, Language = m.Language, Relevance = m.Rank * (1.0 + FaqBoost) };
}

public sealed class RankedArticle
{
    public required FaqArticle Article { get; init; }
    /// <summary>The language of the text that matched: English, or that of the article's translation.</summary>
    public string Language { get; init; } = Languages.English;
    public double Relevance { get; init; }
}

public sealed class RankedQuestion
{
    public required Question Question { get; init; }
    public double Relevance { get; init; }
    /// <summary>The match's <see cref="SearchMatch.Newness"/>.</summary>
    public int Newness { get; init; }
}
