using Forum.Domain.Features.Recognition;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Forum.Infrastructure.Jobs;

/// <summary>Every Forum:Recognition:AwardEveryMinutes, awards the badges members earned since the last round.</summary>
[DisallowConcurrentExecution]
public sealed class BadgeJob(IServiceScopeFactory scopes, ILogger<BadgeJob> logger) : ForumJob(logger)
{
    private const int BatchSize = 500, MostRounds = 20;

    protected override async Task RunAsync(CancellationToken ct)
    {
        for (var round = 0; round < MostRounds && !ct.IsCancellationRequested; round++)
        {
            // A fresh scope each round: a round that lost a race leaves nothing tracked behind for the next.
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new AwardBadges(BatchSize), CancellationToken.None);
            if (result.Awarded > 0)
                logger.LogInformation("Awarded {Count} badges.", result.Awarded);
            // A member's badges were awarded by someone else at the same moment: look again at once; a full batch means there may be more.
            if (!result.Conflicted && result.Awarded < BatchSize)
                return;
        }
    }
}
