using Forum.Domain.Features.Support;
using Forum.Infrastructure.Email;
using MediatR;
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
                await Delay(TimeSpan.FromSeconds(options.Value.OutboxPollSeconds), stoppingToken);
        }
    }

    internal static async Task Delay(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }
}

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
            await OutboxWorker.Delay(TimeSpan.FromMinutes(options.Value.FollowUpScanMinutes), stoppingToken);
        }
    }
}
