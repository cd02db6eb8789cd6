namespace Forum.Infrastructure.Jobs;

/// <summary>Every Forum:Jobs:FollowUpScanMinutes, asks the askers of questions solved a few days ago whether they are still solved.</summary>
public sealed class FollowUpJob(IMediator mediator, ILogger<FollowUpJob> logger) : ForumJob(logger)
{
    protected override async Task RunAsync(CancellationToken ct)
    {
        var sent = await mediator.Send(new SendDueFollowUps(), CancellationToken.None);
        if (sent > 0)
            logger.LogInformation("Sent {Count} follow-ups.", sent);
    }
}
