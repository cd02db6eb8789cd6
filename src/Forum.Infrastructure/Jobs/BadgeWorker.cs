using Forum.Domain.Features.Recognition;
using Forum.Infrastructure.Email;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forum.Infrastructure.Jobs;

/// <summary>Every minute (Forum:Recognition:AwardEveryMinutes), awards the badges members earned since the last round.</summary>
public sealed class BadgeWorker(IServiceScopeFactory scopes, IOptions<JobOptions> jobs, RecognitionOptions options, ILogger<BadgeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!jobs.Value.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await AwardAllAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Badges could not be awarded; trying again later.");
            }
            await JobDelay.WaitAsync(TimeSpan.FromMinutes(Math.Max(1, options.AwardEveryMinutes)), stoppingToken);
        }
    }

    private async Task AwardAllAsync(CancellationToken ct)
    {
        const int batch = 500;
        for (var round = 0; round < 20; round++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new AwardBadges(batch), ct);
            if (result.Awarded > 0)
                logger.LogInformation("Awarded {Count} badges.", result.Awarded);
            // Another instance awarded some at the same moment: look again at once; a full batch means there may be more.
            if (!result.Conflicted && result.Awarded < batch)
                return;
        }
    }
}
