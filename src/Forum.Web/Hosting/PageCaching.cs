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

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
            options.AddPolicy(Policy, policy => policy.Expire(TimeSpan.FromMinutes(1)).Tag(Tag)));
        services.AddSingleton<ICommitObserver, EvictCachedPages>();
        return services;
    }

    /// <remarks>A read that began before the commit may still store its older copy afterwards, so entries also expire after a minute.</remarks>
    private sealed class EvictCachedPages(IOutputCacheStore cache) : ICommitObserver
    {
        public ValueTask WriteCommittedAsync(CancellationToken cancellationToken) => cache.EvictByTagAsync(Tag, cancellationToken);
    }
}
