using System.Threading.Channels;

namespace Forum.Infrastructure.Jobs;

/// <summary>
/// Raised once a write that queued follow-up work (announcements, search refreshes) has committed (<see cref="Persistence.Interceptors.FollowUpWorkInterceptor"/>);
/// wakes this node's <see cref="FollowUpWorker"/>. Raising it again before the worker woke is the same as once.
/// </summary>
public sealed class FollowUpSignal
{
    private readonly Channel<bool> _raised = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Raise() => _raised.Writer.TryWrite(true);

    /// <summary>Takes the signal if it is raised (for a caller that delivers by itself).</summary>
    public bool TryTake() => _raised.Reader.TryRead(out _);

    /// <summary>Waits until the signal is raised or <paramref name="timeout"/> has passed, and takes it.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken stoppingToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timer.CancelAfter(timeout);
        try
        {
            await _raised.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
        }
    }
}
