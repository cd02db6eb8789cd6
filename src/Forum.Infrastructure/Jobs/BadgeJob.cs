namespace Forum.Infrastructure.Jobs;

/// <summary>Every Forum:Recognition:AwardEveryMinutes, awards the badges members earned since the last round.</summary>
public sealed class BadgeJob(IServiceScopeFactory scopes, ILogger<BadgeJob> logger) : BatchedForumJob<BadgeAwardResult>(scopes, logger)
{
    private const int BatchSize = 500;

    protected override IRequest<BadgeAwardResult> NextBatch() => new AwardBadges(BatchSize);

    protected override bool ReportMayBeMore(BadgeAwardResult result)
    {
        if (result.Awarded > 0)
            logger.LogInformation("Awarded {Count} badges.", result.Awarded);
        // A member's badges were awarded by someone else at the same moment: look again at once; a full batch means there may be more.
        return result.Conflicted || result.Awarded == BatchSize;
    }
}
