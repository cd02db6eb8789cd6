using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Forum.Infrastructure.Caching;

/// <summary>
/// The Redis server the nodes of a cluster share (<c>Redis:Configuration</c>), for what must hold across nodes: which
/// commits the caches have followed (<see cref="CommitsOfEveryNode"/>) and the per-address write limit. Redis is
/// optional at run time: when it does not answer, each caller falls back to what the node can do alone, this says so
/// in the log once (and once more when Redis is back), and nothing waits on Redis for a second after a timeout. The
/// connection comes back by itself.
/// </summary>
public sealed partial class SharedRedis : IDisposable
{
    public const string ConfigurationKey = "Redis:Configuration";
    public const string KeyPrefixKey = "Redis:KeyPrefix";

    /// <summary>How long the node leaves Redis alone after a command timed out.</summary>
    public static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(1);

    private readonly ILogger<SharedRedis> logger;
    private readonly TimeProvider clock;
    private long usableAgainAt;
    private int unreachable;

    public SharedRedis(string configuration, string keyPrefix, ILogger<SharedRedis> logger, TimeProvider clock)
    {
        this.logger = logger;
        this.clock = clock;
        KeyPrefix = keyPrefix;
        var options = ConfigurationOptions.Parse(configuration);
        // Start even when Redis is down, and keep trying; a command while disconnected fails at once instead of
        // queueing (a reader must never wait seconds for Redis), and a command to a Redis that hangs gives up soon.
        // Requests only send asynchronous commands; the one synchronous command, the live updates letting go of their
        // channels when the node stops, keeps the library's patience, so that a node under load stops without an error.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 500);
        options.ReconnectRetryPolicy = new LinearRetry(500);
        Connection = ConnectionMultiplexer.Connect(options);
        // Back at once when the connection is: the pause only spares a Redis that does not answer.
        Connection.ConnectionRestored += (_, _) => Interlocked.Exchange(ref usableAgainAt, 0);
    }

    public IConnectionMultiplexer Connection { get; }

    public IDatabase Database => Connection.GetDatabase();

    /// <summary>Put before every key, so that several forums can share one Redis.</summary>
    public string KeyPrefix { get; }

    /// <summary>Whether to send Redis a command now: connected, and no command timed out within <see cref="PauseAfterFailure"/>.</summary>
    public bool CanUse()
    {
        if (clock.GetTimestamp() < Interlocked.Read(ref usableAgainAt))
            return false;
        if (Connection.IsConnected)
            return true;
        NoteOutage("not connected");
        return false;
    }

    /// <summary>
    /// A command failed, and the first failure of an outage is logged. After a timeout (a Redis that does not answer)
    /// the node works alone for <see cref="PauseAfterFailure"/>. A lost connection needs no pause: commands fail at once
    /// while it is down, and a failure that lands just after it came back must not keep the node from a Redis that answers.
    /// </summary>
    public void Failed(Exception failure)
    {
        if (failure is TimeoutException)
            Interlocked.Exchange(ref usableAgainAt, clock.GetTimestamp() + (long)(PauseAfterFailure.TotalSeconds * clock.TimestampFrequency));
        NoteOutage(failure.Message);
    }

    private void NoteOutage(string reason)
    {
        if (Interlocked.Exchange(ref unreachable, 1) == 0)
            LogUnreachable(reason);
    }

    /// <summary>A command succeeded; true when it is the first since an outage (which is then logged as over).</summary>
    public bool Succeeded()
    {
        if (Volatile.Read(ref unreachable) == 0 || Interlocked.Exchange(ref unreachable, 0) == 0)
            return false;
        LogReachableAgain();
        return true;
    }

    /// <summary>What Redis throws when it cannot be reached or does not answer in time.</summary>
    public static bool IsOutage(Exception exception) => exception is RedisException or TimeoutException or ObjectDisposedException;

    public void Dispose() => Connection.Dispose();

    [LoggerMessage(LogLevel.Warning, "Redis cannot be reached ({Reason}): this node serves from the database with caches of its own kept for at most a second, and counts the write limit alone, until Redis is back.")]
    private partial void LogUnreachable(string reason);

    [LoggerMessage(LogLevel.Information, "Redis is reachable again: the caches follow the commits of every node, and the write limit is counted across nodes.")]
    private partial void LogReachableAgain();
}

public static class SharedRedisRegistration
{
    /// <summary>With <c>Redis:Configuration</c> set, the shared Redis and the caches' following of every node's commits; without it, nothing.</summary>
    public static IServiceCollection AddSharedRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[SharedRedis.ConfigurationKey]))
            return services;
        services.AddSingleton(sp => new SharedRedis(
            configuration[SharedRedis.ConfigurationKey]!, configuration[SharedRedis.KeyPrefixKey] ?? "forum:",
            sp.GetRequiredService<ILogger<SharedRedis>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CommitsOfEveryNode>();
        return services;
    }

    /// <summary>
    /// Redis's part of a node's readiness, when the node uses Redis. A node without Redis still serves (from the
    /// database, alone), so Redis down reports the node Degraded, which keeps it behind the load balancer.
    /// </summary>
    public static IHealthChecksBuilder AddSharedRedisCheck(this IHealthChecksBuilder checks, string tag)
    {
        if (checks.Services.Any(s => s.ServiceType == typeof(SharedRedis)))
            checks.AddRedis(sp => sp.GetRequiredService<SharedRedis>().Connection, "redis", HealthStatus.Degraded, [tag], TimeSpan.FromSeconds(1));
        return checks;
    }
}
