using Forum.Domain.Common;
using Forum.Infrastructure.Persistence;
using Microsoft.Extensions.Caching.Memory;

namespace Forum.Infrastructure.Caching;

/// <summary>
/// Keeps reads until the next committed write. Each commit starts a new generation; an entry serves only the
/// generation in which its read began, so a read that overlapped a commit is never served after it.
/// Holds at most <see cref="Capacity"/> entries (a thread is a few kilobytes) and drops idle ones.
/// </summary>
public sealed class ReadCache : IReadCache, ICommitObserver, IDisposable
{
    public const int Capacity = 5_000;

    private readonly MemoryCache entries = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private long generation;

    public async Task<T> GetOrReadAsync<T>(object key, Func<Task<T>> read)
    {
        var current = Interlocked.Read(ref generation);
        if (entries.TryGetValue(key, out Entry? kept) && kept!.Generation == current)
            return (T)kept.Value!;
        var value = await read();
        entries.Set(key, new Entry(current, value), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
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
