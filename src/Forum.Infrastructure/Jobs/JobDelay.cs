namespace Forum.Infrastructure.Jobs;

/// <summary>The pause between two rounds of a background job, which ends quietly when the forum shuts down.</summary>
internal static class JobDelay
{
    public static async Task WaitAsync(TimeSpan delay, CancellationToken ct)
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
