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

    /// <summary>The cookie that carries a one-time message to the next page (TempData), e.g. the thanks after FAQ feedback.</summary>
    public const string MessagesCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
            options.AddPolicy(Policy, policy => policy.Expire(TimeSpan.FromMinutes(1)).Tag(Tag).AddPolicy<FreshWhileAMessageWaits>()));
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
