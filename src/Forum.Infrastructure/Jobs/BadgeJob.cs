namespace Forum.Infrastructure.Jobs;

/// <summary>Every Forum:Recognition:AwardEveryMinutes, awards the badges of the members something happened to since the last round.</summary>
public sealed class BadgeJob(IServiceScopeFactory scopes, ILogger<BadgeJob> logger) : BatchedForumJob<BadgeAwardResult>(scopes, logger)
{
    protected override IRequest<BadgeAwardResult> NextBatch() => new AwardBadges();

    protected override bool ReportMayBeMore(BadgeAwardResult result)
    {
        if (result.Awarded > 0)
            logger.LogInformation("Awarded {Count} badges.", result.Awarded);
        return result.MayBeMore;
    }
}
