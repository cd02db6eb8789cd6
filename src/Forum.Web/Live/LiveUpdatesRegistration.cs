using Forum.Domain.Features.Live;

namespace Forum.Web.Live;

/// <summary>SignalR for the live updates, across nodes through Redis when <c>Redis:Configuration</c> is set.</summary>
public static class LiveUpdatesRegistration
{
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR();
        if (configuration["Redis:Configuration"] is { Length: > 0 } redis)
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("forum-live"));
        services.AddSingleton<ILiveUpdates, HubLiveUpdates>();
        return services;
    }
}
