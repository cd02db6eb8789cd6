using Forum.Domain.Common;
using Forum.Domain.Entities;

namespace Forum.Domain.Features.Search;

/// <summary>
/// How the engine's relevance is boosted, the same on every database: a solved question counts half as much
/// again, and votes up to +10 add up to half as much again; a question voted below zero loses a quarter.
/// </summary>
public static class SearchRanking
{
    public const double SolvedBoost = 0.5;
    public const double VoteBoostPerPoint = 0.05;
    public const int VoteBoostCap = 10;
    public const double NegativePenalty = 0.25;

    public static IQueryable<RankedQuestion> Rank(IQueryable<SearchMatch> matches, IQueryable<Question> questions) =>
        from m in matches
        join q in questions on m.Id equals q.Id
        select new RankedQuestion
        {
            Question = q,
            Relevance = m.Rank * (1.0
                + (q.Status == QuestionStatus.Solved ? SolvedBoost : 0.0)
                + (q.Score >= VoteBoostCap ? VoteBoostCap * VoteBoostPerPoint : q.Score > 0 ? q.Score * VoteBoostPerPoint : q.Score < 0 ? -NegativePenalty : 0.0)),
        };
}

public sealed class RankedQuestion
{
    public required Question Question { get; init; }
    public double Relevance { get; init; }
}
