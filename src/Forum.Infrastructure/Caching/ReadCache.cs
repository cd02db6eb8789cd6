using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Forum.Infrastructure.Caching;

/// <summary>
/// Keeps reads until the next committed write. Each commit starts a new generation; an entry serves only the
/// generation in which its read began, so a read that overlapped a commit is never served after it.
/// Readers who miss the same key in the same generation at the same time share one read: right after a commit, the
/// requests for a busy thread would otherwise all read it from the database at once.
/// Holds about <see cref="CapacityBytes"/> (a thread weighs what its texts weigh; a thousand threads of a few answers
/// fit) and drops idle entries.
/// </summary>
public sealed class ReadCache : IReadCache, ICommitObserver, IDisposable
{
    public const long CapacityBytes = 64L * 1024 * 1024;
    private const long SmallEntryBytes = 256;

    private readonly MemoryCache entries = new(new MemoryCacheOptions { SizeLimit = CapacityBytes });
    private readonly ConcurrentDictionary<(object Key, long Generation), Task<object?>> readsUnderWay = new();
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public async Task<T> GetOrReadAsync<T>(object key, Func<Task<T>> read)
    {
        var current = Generation;
        if (entries.TryGetValue(key, out Entry? kept) && kept!.Generation == current)
            return (T)kept.Value!;

        var mine = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var underWay = readsUnderWay.GetOrAdd((key, current), mine.Task);
        if (underWay != mine.Task)
        {
            try
            {
                return (T)(await underWay)!;
            }
            catch (OperationCanceledException)
            {
                // The read this reader waited for failed (or its request was cancelled): it reads for itself.
                return await read();
            }
        }

        try
        {
            var value = await read();
            // A read that a commit overtook can never be served; kept, it could replace a newer reader's entry.
            if (current == Generation)
                entries.Set(key, new Entry(current, value), new MemoryCacheEntryOptions
                {
                    Size = value is IWeighed weighed ? weighed.ApproximateBytes : SmallEntryBytes,
                    SlidingExpiration = TimeSpan.FromMinutes(10),
                });
            mine.SetResult(value);
            return value;
        }
        catch
        {
            // Only what was read is shared; a failure belongs to this reader, whose request may be the one cancelled.
            mine.SetCanceled();
            throw;
        }
        finally
        {
            readsUnderWay.TryRemove(new KeyValuePair<(object, long), Task<object?>>((key, current), mine.Task));
        }
    }

    public ValueTask WriteCommittedAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref generation);
        return ValueTask.CompletedTask;
    }

    public void Dispose() => entries.Dispose();

    private sealed record Entry(long Generation, object? Value);
}
