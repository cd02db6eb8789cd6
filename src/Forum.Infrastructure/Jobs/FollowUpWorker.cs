using Forum.Domain.Features.Search;
using Microsoft.Extensions.Hosting;

namespace Forum.Infrastructure.Jobs;

/// <summary>
/// Does the work that requests leave queued in the database once they have committed: the announcements of new answers
/// (<see cref="DeliverAnnouncements"/>) and the rebuilds of changed questions' search documents
/// (<see cref="RefreshSearchDocuments"/>), batch after batch, and every Forum:Jobs:FollowUpPollSeconds whatever is left:
/// the writes of another node whose worker stopped, or of this node before a crash. Every node runs one; each kind of
/// work takes turns under its own lock, so each row is handled once. It is not a Quartz job: a Quartz trigger fired per
/// commit would write to the scheduler's tables on every answer posted, where this costs nothing until there is work.
/// </summary>
public sealed class FollowUpWorker(IServiceScopeFactory scopes, FollowUpSignal signal, IOptions<JobOptions> options, ILogger<FollowUpWorker> logger)
    : BackgroundService
{
    public const int BatchSize = 100;

    /// <summary>The kinds of follow-up work, each a request that handles up to a batch and says how many rows it took.</summary>
    public static IEnumerable<IRequest<int>> Batches() => [new DeliverAnnouncements(BatchSize), new RefreshSearchDocuments(BatchSize)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.FollowUpPollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var batch in Batches())
            {
                try
                {
                    await RunUntilDoneAsync(scopes, batch, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Follow-up work ({Work}) failed; it is tried again at the next round.", batch.GetType().Name);
                }
            }
            await signal.WaitAsync(poll, stoppingToken);
        }
    }

    /// <summary>Runs <paramref name="batch"/> again and again, each in a scope of its own, until one is not full.</summary>
    public static async Task RunUntilDoneAsync(IServiceScopeFactory scopes, IRequest<int> batch, CancellationToken stoppingToken)
    {
        int done;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            // A batch is finished even when the forum is stopping: its work and the removal of its rows commit together.
            done = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(batch, CancellationToken.None);
        }
        while (done == BatchSize && !stoppingToken.IsCancellationRequested);
    }
}
