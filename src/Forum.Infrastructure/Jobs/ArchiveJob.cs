using Forum.Domain.Features.Moderation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Forum.Infrastructure.Jobs;

/// <summary>
/// Every Forum:Moderation:ArchiveEveryMinutes, archives the questions with no activity for Forum:Moderation:ArchiveAfterDays
/// days, through the <see cref="ArchiveInactiveQuestions"/> use case, in batches.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ArchiveJob(IServiceScopeFactory scopes, ILogger<ArchiveJob> logger) : ForumJob(logger)
{
    private const int BatchSize = 200;

    protected override async Task RunAsync(CancellationToken ct)
    {
        int archived;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            archived = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ArchiveInactiveQuestions(BatchSize), CancellationToken.None);
            if (archived > 0)
                logger.LogInformation("Archived {Count} inactive questions.", archived);
        }
        while (archived == BatchSize && !ct.IsCancellationRequested);
    }
}
