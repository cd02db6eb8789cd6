using Forum.Infrastructure.Email;

namespace Forum.Infrastructure.Jobs;

/// <summary>
/// Delivers the email outbox, every Forum:Jobs:OutboxPollSeconds: batch after batch until the due messages run out.
/// On several nodes only one runs it at a time, so no message is read by two senders at once.
/// </summary>
public sealed class OutboxJob(IServiceScopeFactory scopes, IOptions<JobOptions> options, ILogger<OutboxJob> logger) : ForumJob(logger)
{
    protected override async Task RunAsync(CancellationToken ct)
    {
        int sent;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            // A batch is finished even when the forum is stopping: a message handed to the mail server is also marked sent.
            sent = await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessDueAsync(CancellationToken.None);
        }
        while (sent == options.Value.OutboxBatchSize && !ct.IsCancellationRequested);
    }
}
