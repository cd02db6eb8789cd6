using Forum.Infrastructure.Caching;

namespace Forum.Infrastructure.Tests.Caching;

public sealed class ReadCacheTests : IDisposable
{
    private readonly ReadCache _cache = new();
    private int _reads;

    public void Dispose() => _cache.Dispose();

    private Task<string> ReadAsync(string key) => _cache.GetOrReadAsync(key, () => Task.FromResult($"{key} read #{++_reads}"));

    [Fact]
    public async Task A_read_is_kept_for_its_key_until_a_write_commits()
    {
        Assert.Equal("thread read #1", await ReadAsync("thread"));
        Assert.Equal("thread read #1", await ReadAsync("thread"));
        Assert.Equal("other read #2", await ReadAsync("other"));

        await _cache.WriteCommittedAsync(CancellationToken.None);

        Assert.Equal("thread read #3", await ReadAsync("thread"));
        Assert.Equal("thread read #3", await ReadAsync("thread"));
    }

    [Fact]
    public async Task A_read_during_which_a_write_committed_is_never_served_afterwards()
    {
        var first = await _cache.GetOrReadAsync("thread", async () =>
        {
            await _cache.WriteCommittedAsync(CancellationToken.None);
            return "read before the write";
        });

        Assert.Equal("read before the write", first);
        Assert.Equal("thread read #1", await ReadAsync("thread"));
        Assert.Equal("thread read #1", await ReadAsync("thread"));
    }

    [Fact]
    public async Task A_failed_read_is_not_kept()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _cache.GetOrReadAsync<string>("thread", () => throw new InvalidOperationException()));

        Assert.Equal("thread read #1", await ReadAsync("thread"));
    }

    [Fact]
    public async Task A_value_heavier_than_the_whole_cache_is_read_each_time_and_small_ones_are_kept()
    {
        var heavy = new Heavy(ReadCache.CapacityBytes + 1);

        await _cache.GetOrReadAsync("heavy", () => { _reads++; return Task.FromResult(heavy); });
        await _cache.GetOrReadAsync("heavy", () => { _reads++; return Task.FromResult(heavy); });
        await ReadAsync("light");
        await ReadAsync("light");

        Assert.Equal(3, _reads);
    }

    private sealed record Heavy(long ApproximateBytes) : Forum.Domain.Common.IWeighed;
}
