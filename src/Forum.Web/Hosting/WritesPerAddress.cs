using System.Threading.RateLimiting;
using Forum.Infrastructure.Caching;
using RedisRateLimiting;

namespace Forum.Web.Hosting;

/// <summary>
/// The coarse limit on writes from one address (<c>Forum:WritesPerMinutePerAddress</c>), a fixed window of a minute.
/// Where nodes share Redis it is counted in Redis, so it holds across nodes; while Redis cannot be reached each node
/// counts alone.
/// </summary>
public static class WritesPerAddress
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static RateLimitPartition<string> Partition(HttpContext context, int permitLimit)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var local = new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = Window };
        return context.RequestServices.GetService<SharedRedis>() is { } redis
            ? RateLimitPartition.Get(address, key => new SharedOrLocalLimiter(redis, key, local))
            : RateLimitPartition.GetFixedWindowLimiter(address, _ => local);
    }

    /// <summary>The address's window in Redis while Redis answers, else a window of this node's own.</summary>
    private sealed class SharedOrLocalLimiter(SharedRedis redis, string address, FixedWindowRateLimiterOptions localOptions) : RateLimiter
    {
        private readonly RedisFixedWindowRateLimiter<string> shared = new(redis.KeyPrefix + "writes:" + address, new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis.Connection,
            PermitLimit = localOptions.PermitLimit,
            Window = localOptions.Window,
        });
        private readonly FixedWindowRateLimiter local = new(localOptions);

        public override TimeSpan? IdleDuration => local.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

        /// <summary>Redis is only asked asynchronously: not acquired here sends the rate limiting middleware to <see cref="AcquireAsyncCore"/>.</summary>
        protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
            redis.CanUse() ? Undecided.Instance : local.AttemptAcquire(permitCount);

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            if (redis.CanUse())
            {
                try
                {
                    var lease = await shared.AcquireAsync(permitCount, cancellationToken);
                    redis.Succeeded();
                    return lease.IsAcquired ? lease : Rejected.From(lease);
                }
                catch (Exception failure) when (SharedRedis.IsOutage(failure))
                {
                    redis.Failed(failure);
                }
            }
            return await local.AcquireAsync(permitCount, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                shared.Dispose();
                local.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    private sealed class Undecided : RateLimitLease
    {
        public static readonly Undecided Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    /// <summary>A refusal from Redis, with its wait as the framework's <see cref="MetadataName.RetryAfter"/> (Redis gives whole seconds).</summary>
    private sealed class Rejected(TimeSpan? retryAfter) : RateLimitLease
    {
        public static Rejected From(RateLimitLease lease)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter.Name, out var seconds) && seconds is int wait ? TimeSpan.FromSeconds(Math.Max(wait, 1)) : (TimeSpan?)null;
            lease.Dispose();
            return new(retryAfter);
        }

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
