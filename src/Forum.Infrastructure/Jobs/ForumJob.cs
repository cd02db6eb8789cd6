using Quartz;

namespace Forum.Infrastructure.Jobs;

/// <summary>
/// One of the forum's background jobs, run by the scheduler (<see cref="JobScheduling"/>). A failure is logged and the job
/// runs again at its next firing: it never reaches the scheduler, which would otherwise count it towards parking the trigger.
/// When the forum shuts down, <paramref name="ct"/> asks the job to stop after the round in hand; a round itself is not
/// cut off half-way, so a node that is told to stop finishes what it started. No job runs twice at once,
/// on one node or across the cluster.
/// </summary>
[DisallowConcurrentExecution]
public abstract class ForumJob(ILogger logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The {Job} job failed; it runs again at its next firing.", context.JobDetail.Key.Name);
        }
    }

    protected abstract Task RunAsync(CancellationToken ct);
}
