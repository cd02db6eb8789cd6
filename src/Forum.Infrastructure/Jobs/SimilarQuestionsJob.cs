namespace Forum.Infrastructure.Jobs;

/// <summary>
/// Every Forum:Jobs:SimilarQuestionsSeconds, ranks the similar questions of the questions asked or edited since
/// (<see cref="RankSimilarQuestions"/>), in batches, so that question pages only read them.
/// </summary>
public sealed class SimilarQuestionsJob(IServiceScopeFactory scopes, ILogger<SimilarQuestionsJob> logger) : BatchedForumJob<SimilarQuestionsRanked>(scopes, logger)
{
    private const int BatchSize = 20;

    protected override IRequest<SimilarQuestionsRanked> NextBatch() => new RankSimilarQuestions(BatchSize);

    protected override bool ReportMayBeMore(SimilarQuestionsRanked result)
    {
        if (result.Ranked > 0)
            logger.LogDebug("Ranked the similar questions of {Count} questions.", result.Ranked);
        return result.Ranked + result.ChangedMeanwhile == BatchSize;
    }
}
