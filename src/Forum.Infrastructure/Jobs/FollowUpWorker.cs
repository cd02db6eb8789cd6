using Forum.Domain.Features.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forum.Infrastructure.Jobs;

/// <summary>Every few minutes, asks the askers of questions solved a few days ago whether they are still solved.</summary>
public sealed class FollowUpWorker(IServiceScopeFactory scopes, IOptions<JobOptions> options, ILogger<FollowUpWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendDueFollowUps(), stoppingToken);
                if (sent > 0)
                    logger.LogInformation("Sent {Count} follow-ups.", sent);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Follow-ups could not be sent; trying again later.");
            }
            await JobDelay.WaitAsync(TimeSpan.FromMinutes(options.Value.FollowUpScanMinutes), stoppingToken);
        }
    }
}
