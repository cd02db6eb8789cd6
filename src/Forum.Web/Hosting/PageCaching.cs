using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Web.Hosting;

/// <summary>
/// Anonymous pages and API reads are served from the output cache (the framework's default policy already
/// skips signed-in users and responses that set cookies) and evicted as soon as any write is committed.
/// </summary>
public static class PageCaching
{
    public const string Policy = "anonymous-content";
    public const string Tag = "content";

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
            options.AddPolicy(Policy, policy => policy.Expire(TimeSpan.FromMinutes(1)).Tag(Tag)));
        services.AddSingleton<IInterceptor, EvictCachedContentOnSave>();
        return services;
    }

    /// <summary>
    /// Evicts every cached page once a save that wrote anything has committed. A read that began before the
    /// commit may still store its older copy afterwards, so entries also expire after a minute.
    /// </summary>
    private sealed class EvictCachedContentOnSave(IOutputCacheStore cache) : SaveChangesInterceptor
    {
        public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (result > 0)
                await cache.EvictByTagAsync(Tag, cancellationToken);
            return result;
        }
    }
}
