namespace Forum.Infrastructure.Jobs;

/// <summary>
/// Every Forum:Moderation:ArchiveEveryMinutes, archives the questions with no activity for Forum:Moderation:ArchiveAfterDays
/// days, through the <see cref="ArchiveInactiveQuestions"/> use case, in batches.
/// </summary>
public sealed class ArchiveJob(IServiceScopeFactory scopes, ILogger<ArchiveJob> logger) : BatchedForumJob<int>(scopes, logger)
{
    private const int BatchSize = 200;

    protected override IRequest<int> NextBatch() => new ArchiveInactiveQuestions(BatchSize);

    protected override bool ReportMayBeMore(int archived)
    {
        if (archived > 0)
            logger.LogInformation("Archived {Count} inactive questions.", archived);
        return archived == BatchSize;
    }
}
