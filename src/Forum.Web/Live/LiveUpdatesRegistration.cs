using Forum.Infrastructure.Caching;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace Forum.Web.Live;

/// <summary>SignalR for the live updates, across nodes through Redis when <c>Redis:Configuration</c> is set.</summary>
public static class LiveUpdatesRegistration
{
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR();
        if (!string.IsNullOrWhiteSpace(configuration[SharedRedis.ConfigurationKey]))
        {
            // The backplane uses the node's one Redis connection, which never makes a request wait on a Redis that is gone.
            signalR.AddStackExchangeRedis();
            services.AddOptions<RedisOptions>().Configure<SharedRedis>((options, redis) =>
            {
                options.Configuration.ChannelPrefix = RedisChannel.Literal(redis.KeyPrefix + "live");
                options.ConnectionFactory = _ => Task.FromResult(redis.Connection);
            });
        }
        services.AddSingleton<ILiveUpdates, HubLiveUpdates>();
        return services;
    }
}
