using Forum.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forum.Infrastructure.Jobs;

/// <summary>Delivers the email outbox: polls for due messages, and keeps going when the database or mail server fails.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IOptions<JobOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                sent = await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The email outbox could not be processed; trying again shortly.");
            }
            if (sent < options.Value.OutboxBatchSize)
                await JobDelay.WaitAsync(TimeSpan.FromSeconds(options.Value.OutboxPollSeconds), stoppingToken);
        }
    }
}
