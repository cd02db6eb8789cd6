using Forum.Infrastructure.Caching;
using Forum.Web.Tests.Harness;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Forum.Web.Tests.Scaling;

/// <summary>
/// When a node leaves Redis alone: for a moment after a command timed out, but not after a lost connection, whose
/// failures can land just after it came back and must not cut the node off from a Redis that answers.
/// </summary>
public sealed class SharedRedisTests : IAsyncLifetime
{
    private readonly RedisServer _server = new();
    private SharedRedis _redis = null!;

    public Task InitializeAsync()
    {
        _redis = new SharedRedis(_server.Configuration, "forum-test:", NullLogger<SharedRedis>.Instance, new StoppedClock());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _redis.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public void A_lost_connection_reported_once_Redis_is_back_does_not_keep_the_node_from_it()
    {
        Assert.True(_redis.CanUse());

        _redis.Failed(new RedisConnectionException(ConnectionFailureType.SocketClosed, CommandFlags.None, "No connection is active/available"));

        Assert.True(_redis.CanUse());
    }

    [Fact]
    public void After_a_timeout_the_node_leaves_Redis_alone_for_a_moment()
    {
        _redis.Failed(new RedisTimeoutException(CommandFlags.None, "Timeout awaiting response", CommandStatus.Sent));

        Assert.False(_redis.CanUse());
    }

    /// <summary>A clock whose time does not pass, so that "for a moment" lasts as long as the test.</summary>
    private sealed class StoppedClock : TimeProvider
    {
        public override long GetTimestamp() => 0;
    }
}
