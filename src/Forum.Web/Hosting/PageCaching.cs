using Forum.Infrastructure.Persistence;
using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Hosting;

/// <summary>
/// Anonymous pages and API reads are served from the output cache (the framework's default policy already
/// skips signed-in users and responses that set cookies) and evicted as soon as any write is committed.
/// </summary>
public static class PageCaching
{
    public const string Policy = "anonymous-content";
    public const string Tag = "content";

    /// <summary>
    /// The framework's default is 100 MB. A thousand question pages of about 40 kB, the lists and the FAQ articles
    /// readers keep asking for fit in 64 MB; pages beyond that are first views, which cost their rendering anyway.
    /// (The benchmark's 3,000 first views had filled the cache to its limit, and that heap stayed with the process.)
    /// </summary>
    private const long SizeLimitBytes = 64L * 1024 * 1024;

    /// <summary>The cookie that carries a one-time message to the next page (TempData), e.g. the thanks after FAQ feedback.</summary>
    public const string MessagesCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = SizeLimitBytes;
            options.AddPolicy(Policy, policy => policy.Expire(TimeSpan.FromMinutes(1)).Tag(Tag).AddPolicy<FreshWhileAMessageWaits>());
        });
        services.AddSingleton<ICommitObserver, EvictCachedPages>();
        return services;
    }

    /// <remarks>A read that began before the commit may still store its older copy afterwards, so entries also expire after a minute.</remarks>
    private sealed class EvictCachedPages(IOutputCacheStore cache) : ICommitObserver
    {
        public ValueTask WriteCommittedAsync(CancellationToken cancellationToken) => cache.EvictByTagAsync(Tag, cancellationToken);
    }

    /// <summary>A visitor with a message waiting gets the page rendered for them, message included, and not kept.</summary>
    private sealed class FreshWhileAMessageWaits : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.Request.Cookies.ContainsKey(MessagesCookie))
            {
                context.AllowCacheLookup = false;
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
