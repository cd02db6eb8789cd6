namespace Forum.Infrastructure.Jobs;

/// <summary>
/// Every Forum:Jobs:EscalationScanSeconds, tells the staff on duty about the questions about to miss their
/// first-response target (<see cref="EscalateWaitingQuestions"/>), batch after batch.
/// </summary>
public sealed class EscalationJob(IServiceScopeFactory scopes, ILogger<EscalationJob> logger) : BatchedForumJob<EscalationRound>(scopes, logger)
{
    private const int BatchSize = 100;

    protected override IRequest<EscalationRound> NextBatch() => new EscalateWaitingQuestions(BatchSize);

    protected override bool ReportMayBeMore(EscalationRound round)
    {
        var (notified, emailed) = round;
        if (notified + emailed > 0)
            logger.LogInformation("Escalated {Notified} waiting questions to the staff's notifications and {Emailed} to their email.", notified, emailed);
        return notified == BatchSize || emailed == BatchSize;
    }
}
