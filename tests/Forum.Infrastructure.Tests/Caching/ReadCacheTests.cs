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

    /// <summary>A read that waits until the test lets it finish, and counts itself.</summary>
    private Func<Task<string>> GatedRead(TaskCompletionSource gate, string value, bool fails = false) => async () =>
    {
        Interlocked.Increment(ref _reads);
        await gate.Task;
        return fails ? throw new InvalidOperationException("the database went away") : value;
    };

    [Fact]
    public async Task Readers_who_miss_the_same_key_at_the_same_time_share_one_read()
    {
        var gate = new TaskCompletionSource();

        var first = _cache.GetOrReadAsync("thread", GatedRead(gate, "first"));
        var second = _cache.GetOrReadAsync("thread", GatedRead(gate, "second"));
        var other = _cache.GetOrReadAsync("other", GatedRead(gate, "other"));
        gate.SetResult();

        Assert.Equal(["first", "first", "other"], await Task.WhenAll(first, second, other));
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task A_read_begun_before_a_commit_is_not_shared_with_a_reader_after_it()
    {
        var gate = new TaskCompletionSource();

        var before = _cache.GetOrReadAsync("thread", GatedRead(gate, "before the write"));
        await _cache.WriteCommittedAsync(CancellationToken.None);
        var after = _cache.GetOrReadAsync("thread", GatedRead(gate, "after the write"));
        gate.SetResult();

        Assert.Equal(["before the write", "after the write"], await Task.WhenAll(before, after));
        Assert.Equal("after the write", await ReadAsync("thread"));
    }

    [Fact]
    public async Task A_reader_whose_shared_read_failed_reads_for_itself()
    {
        var gate = new TaskCompletionSource();

        var failing = _cache.GetOrReadAsync("thread", GatedRead(gate, "never", fails: true));
        var waiting = _cache.GetOrReadAsync("thread", () => Task.FromResult("read by the waiter itself"));
        gate.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal("read by the waiter itself", await waiting);
    }

    private sealed record Heavy(long ApproximateBytes) : Forum.Domain.Common.IWeighed;
}
