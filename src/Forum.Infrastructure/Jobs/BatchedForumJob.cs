namespace Forum.Infrastructure.Jobs;

/// <summary>
/// A job that sends one use case batch after batch, until a batch says there is no more or <see cref="MostRounds"/>
/// have run (the next firing goes on). Each batch gets a fresh scope: one that lost a race leaves nothing tracked behind.
/// </summary>
public abstract class BatchedForumJob<TResult>(IServiceScopeFactory scopes, ILogger logger) : ForumJob(logger)
{
    private const int MostRounds = 20;

    protected abstract IRequest<TResult> NextBatch();

    /// <summary>Logs what a batch did; true when there may be more to do at once.</summary>
    protected abstract bool ReportMayBeMore(TResult result);

    protected sealed override async Task RunAsync(CancellationToken ct)
    {
        for (var round = 0; round < MostRounds && !ct.IsCancellationRequested; round++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(NextBatch(), CancellationToken.None);
            if (!ReportMayBeMore(result))
                return;
        }
    }
}
