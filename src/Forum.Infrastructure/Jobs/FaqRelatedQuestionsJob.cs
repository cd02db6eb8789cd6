namespace Forum.Infrastructure.Jobs;

/// <summary>
/// Every Forum:Jobs:SimilarQuestionsSeconds, beside <see cref="SimilarQuestionsJob"/>, ranks the related questions of the
/// FAQ articles promoted since, or whose lists a retitled question was on (<see cref="RankFaqRelatedQuestions"/>), in
/// batches, so that article pages only read them; and one batch of the lists ranked longest ago, once they are a day old.
/// </summary>
public sealed class FaqRelatedQuestionsJob(IServiceScopeFactory scopes, ILogger<FaqRelatedQuestionsJob> logger) : BatchedForumJob<FaqRelatedQuestionsRanked>(scopes, logger)
{
    private const int BatchSize = 20;

    protected override IRequest<FaqRelatedQuestionsRanked> NextBatch() => new RankFaqRelatedQuestions(BatchSize);

    protected override bool ReportMayBeMore(FaqRelatedQuestionsRanked result)
    {
        if (result.Ranked > 0)
            logger.LogDebug("Ranked the related questions of {Count} FAQ articles ({Again} of them old lists ranked again).", result.Ranked, result.RankedAgain);
        // A batch with room for old lists found no more due ones; the other old lists wait for the next run.
        return result.RankedAgain == 0 && result.Ranked + result.ChangedMeanwhile == BatchSize;
    }
}
