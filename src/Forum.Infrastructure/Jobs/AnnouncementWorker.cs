using Microsoft.Extensions.Hosting;

namespace Forum.Infrastructure.Jobs;

/// <summary>
/// Delivers the announcements of new answers (<see cref="DeliverAnnouncements"/>) as soon as the writes that queued
/// them have committed, batch after batch, and every Forum:Jobs:AnnouncementPollSeconds whatever is left: the writes of
/// another node whose worker stopped, or of this node before a crash. Every node runs one; the deliveries take turns
/// under one lock, so each announcement is delivered once. It is not a Quartz job: a Quartz trigger fired per commit
/// would write to the scheduler's tables on every answer posted, where this costs nothing until there is work.
/// </summary>
public sealed class AnnouncementWorker(IServiceScopeFactory scopes, AnnouncementSignal signal, IOptions<JobOptions> options, ILogger<AnnouncementWorker> logger)
    : BackgroundService
{
    public const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.AnnouncementPollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            await DeliverAllAsync(stoppingToken);
            await signal.WaitAsync(poll, stoppingToken);
        }
    }

    /// <summary>Delivers batch after batch until none is full; a failure is logged and left to the next round.</summary>
    private async Task DeliverAllAsync(CancellationToken stoppingToken)
    {
        try
        {
            int delivered;
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                // A batch is finished even when the forum is stopping: its notifications and its removal commit together.
                delivered = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DeliverAnnouncements(BatchSize), CancellationToken.None);
            }
            while (delivered == BatchSize && !stoppingToken.IsCancellationRequested);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Announcements of new answers could not be delivered; they are tried again at the next round.");
        }
    }
}
