using Forum.Domain.Features.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Forum.Infrastructure.Jobs;

/// <summary>
/// Every Forum:Jobs:EscalationScanSeconds, tells the staff on duty about the questions about to miss their
/// first-response target (<see cref="EscalateWaitingQuestions"/>), batch after batch.
/// </summary>
[DisallowConcurrentExecution]
public sealed class EscalationJob(IServiceScopeFactory scopes, ILogger<EscalationJob> logger) : ForumJob(logger)
{
    private const int BatchSize = 100, MostRounds = 20;

    protected override async Task RunAsync(CancellationToken ct)
    {
        for (var round = 0; round < MostRounds && !ct.IsCancellationRequested; round++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var (notified, emailed) = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new EscalateWaitingQuestions(BatchSize), CancellationToken.None);
            if (notified + emailed > 0)
                logger.LogInformation("Escalated {Notified} waiting questions to the staff's notifications and {Emailed} to their email.", notified, emailed);
            if (notified < BatchSize && emailed < BatchSize)
                return;
        }
    }
}
