using Microsoft.Extensions.Caching.Memory;

namespace Forum.Infrastructure.Caching;

/// <summary>
/// Keeps reads until the next committed write. Each commit starts a new generation; an entry serves only the
/// generation in which its read began, so a read that overlapped a commit is never served after it.
/// Holds about <see cref="CapacityBytes"/> (a thread weighs what its texts weigh; a thousand threads of a few answers
/// fit) and drops idle entries.
/// </summary>
public sealed class ReadCache : IReadCache, ICommitObserver, IDisposable
{
    public const long CapacityBytes = 64L * 1024 * 1024;
    private const long SmallEntryBytes = 256;

    private readonly MemoryCache entries = new(new MemoryCacheOptions { SizeLimit = CapacityBytes });
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public async Task<T> GetOrReadAsync<T>(object key, Func<Task<T>> read)
    {
        var current = Generation;
        if (entries.TryGetValue(key, out Entry? kept) && kept!.Generation == current)
            return (T)kept.Value!;
        var value = await read();
        entries.Set(key, new Entry(current, value), new MemoryCacheEntryOptions
        {
            Size = value is IWeighed weighed ? weighed.ApproximateBytes : SmallEntryBytes,
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });
        return value;
    }

    public ValueTask WriteCommittedAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref generation);
        return ValueTask.CompletedTask;
    }

    public void Dispose() => entries.Dispose();

    private sealed record Entry(long Generation, object? Value);
}
