using StackExchange.Redis;

namespace Forum.Infrastructure.Caching;

/// <summary>
/// Makes each node's caches (every <see cref="ICommitObserver"/>: the read cache, the cached pages) follow the commits
/// of every node. One Redis key holds a mark of the last commit: a node that commits sets a new mark before its
/// response leaves (<see cref="PublishAsync"/>), and a node reads the mark (one small GET, shared by the requests that
/// arrive together) before a request reads anything cached (<see cref="CatchUpAsync"/>), dropping its caches when the
/// mark is not the one it last saw. So a
/// write through node A is never served stale by node B once A has answered. A mark is a random number rather than a
/// count, so that a Redis restarted empty, or a mark set while a node was cut off, can never look like one already seen.
/// While Redis cannot be reached, a node keeps what it caches for at most <see cref="LocalLifetimeWithoutRedis"/>.
/// </summary>
public sealed class CommitsOfEveryNode(SharedRedis redis, IEnumerable<ICommitObserver> caches, TimeProvider clock)
{
    public static readonly TimeSpan LocalLifetimeWithoutRedis = TimeSpan.FromSeconds(1);

    private readonly RedisKey markKey = redis.KeyPrefix + "last-commit";
    /// <summary>The mark the caches follow; 0 for none (Redis has none, or was never read).</summary>
    private long seen;
    private long lastLocalDrop;
    /// <summary>1 when this node committed while Redis could not be told: it sets a new mark as soon as Redis answers.</summary>
    private int unpublished;
    private readonly Lock gate = new();
    /// <summary>The requests waiting for a read of the mark that has not been sent yet.</summary>
    private TaskCompletionSource<bool>? nextRead;
    private bool reading;

    /// <summary>After this node committed a write (its own caches have dropped what was read before it).</summary>
    public async ValueTask PublishAsync()
    {
        if (!redis.CanUse())
        {
            Volatile.Write(ref unpublished, 1);
            return;
        }
        try
        {
            var mark = NewMark();
            var previous = (long?)await redis.Database.StringSetAndGetAsync(markKey, mark) ?? 0;
            redis.Succeeded();
            // No other node committed since this node last caught up: its caches are already current.
            Interlocked.CompareExchange(ref seen, mark, previous);
        }
        catch (Exception failure) when (SharedRedis.IsOutage(failure))
        {
            Volatile.Write(ref unpublished, 1);
            redis.Failed(failure);
        }
    }

    /// <summary>Before a request reads anything cached: drops the caches if any node committed since they were filled.</summary>
    public async ValueTask CatchUpAsync()
    {
        if (redis.CanUse() && await ReadOfTheMarkAfterNowAsync())
            return;
        if (clock.GetElapsedTime(Interlocked.Read(ref lastLocalDrop)) >= LocalLifetimeWithoutRedis)
            await DropCachesAsync();
    }

    /// <summary>
    /// A read of the mark sent after this moment: it sees every commit whose response had returned before it. Requests
    /// that arrive while a read is on its way wait for the next one, which then serves them all, so a busy node sends
    /// one GET per round trip to Redis instead of one per request. True when the caches follow the mark; false when
    /// Redis did not answer.
    /// </summary>
    private Task<bool> ReadOfTheMarkAfterNowAsync()
    {
        Task<bool> read;
        var startReading = false;
        lock (gate)
        {
            nextRead ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            read = nextRead.Task;
            if (!reading)
                reading = startReading = true;
        }
        if (startReading)
            _ = ReadForThoseWaitingAsync();
        return read;
    }

    private async Task ReadForThoseWaitingAsync()
    {
        while (true)
        {
            TaskCompletionSource<bool> waiting;
            lock (gate)
            {
                if (nextRead is null)
                {
                    reading = false;
                    return;
                }
                waiting = nextRead;
                nextRead = null;
            }
            try
            {
                waiting.SetResult(await FollowTheMarkAsync());
            }
            catch (Exception failure)
            {
                waiting.SetException(failure);
            }
        }
    }

    private async Task<bool> FollowTheMarkAsync()
    {
        var publishing = Interlocked.Exchange(ref unpublished, 0) == 1;
        try
        {
            if (publishing)
                await redis.Database.StringSetAsync(markKey, NewMark());
            var mark = (long?)await redis.Database.StringGetAsync(markKey) ?? 0;
            var afterOutage = redis.Succeeded();
            // The caches drop before the new mark is recorded: a request that finds the mark recorded finds them dropped.
            if (mark != Volatile.Read(ref seen) || afterOutage)
            {
                await DropCachesAsync();
                Volatile.Write(ref seen, mark);
            }
            return true;
        }
        catch (Exception failure) when (SharedRedis.IsOutage(failure))
        {
            if (publishing)
                Volatile.Write(ref unpublished, 1);
            redis.Failed(failure);
            return false;
        }
    }

    private async ValueTask DropCachesAsync()
    {
        Interlocked.Exchange(ref lastLocalDrop, clock.GetTimestamp());
        foreach (var cache in caches)
            await cache.WriteCommittedAsync(CancellationToken.None);
    }

    private static long NewMark() => Random.Shared.NextInt64(1, long.MaxValue);
}
