using System.Globalization;
using Forum.Infrastructure.Caching;
using Forum.Infrastructure.Persistence;
using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Hosting;

/// <summary>
/// Anonymous pages and API reads are served from the output cache (the framework's default policy already
/// skips signed-in users and responses that set cookies) and evicted as soon as any write is committed. A page is kept
/// under the read cache's generation at the start of its request, so a page read before a commit is never served after
/// it, even when it is stored after the eviction. A page is kept per language (<see cref="RequestLanguages"/>). Where nodes share Redis, the commits of every node count
/// (<see cref="UseCommitsOfEveryNode"/>).
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
            options.AddPolicy(Policy, policy => policy.Expire(TimeSpan.FromMinutes(1)).Tag(Tag).AddPolicy<FreshWhileAMessageWaits>()
                .VaryByValue(context => new("generation", context.RequestServices.GetRequiredService<IReadCache>().Generation.ToString(CultureInfo.InvariantCulture)))
                .VaryByTheme()
                .VaryByValue(context => new("language", RequestLanguages.Of(context))));
        });
        services.AddSingleton<ICommitObserver, EvictCachedPages>();
        return services;
    }

    /// <summary>
    /// Before anything cached is read (the session check reads the read cache, the output cache serves pages), the
    /// caches catch up with the commits of the other nodes, when the nodes share Redis.
    /// </summary>
    public static IApplicationBuilder UseCommitsOfEveryNode(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetService<CommitsOfEveryNode>() is { } everyNode)
            app.Use(async (context, next) =>
            {
                await everyNode.CatchUpAsync();
                await next(context);
            });
        return app;
    }

    /// <summary>Frees the memory of pages no request can be served any more (they are of an older generation).</summary>
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
