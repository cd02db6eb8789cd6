using Forum.Domain.Features.Moderation;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Forum.Infrastructure.Jobs;

/// <summary>
/// Archives questions with no activity for Forum:Moderation:ArchiveAfterDays (180) days, every
/// Forum:Moderation:ArchiveEveryMinutes (60) minutes, through the <see cref="ArchiveInactiveQuestions"/> use case.
/// </summary>
public sealed class ArchiveWorker(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ArchiveWorker> logger) : BackgroundService
{
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Forum:Moderation:ArchiveEveryMinutes", 60)));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await ArchiveAllAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A question changed while it was being archived, or the database was briefly away: try again next round.
                logger.LogWarning(ex, "Archiving inactive questions failed; will retry.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ArchiveAllAsync(CancellationToken ct)
    {
        int archived;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            archived = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ArchiveInactiveQuestions(BatchSize), ct);
            if (archived > 0)
                logger.LogInformation("Archived {Count} inactive questions.", archived);
        }
        while (archived == BatchSize);
    }
}
