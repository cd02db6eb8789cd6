using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Persistence.Interceptors;

public static class SaveChangesInterceptors
{
    /// <summary>What every save of the forum brings along, in the order it is done.</summary>
    public static IServiceCollection AddSaveChangesInterceptors(this IServiceCollection services)
    {
        services.AddSingleton<IInterceptor, MembersForNewAccountsInterceptor>();
        services.AddSingleton<IInterceptor, AccountDisplayNameInterceptor>();
        services.AddSingleton<IInterceptor, MemberRoleInterceptor>();
        services.AddSingleton<IInterceptor, BadgeChecksInterceptor>();
        services.AddSingleton<IInterceptor, RecordsOfNewPostsInterceptor>();
        services.AddSingleton<IInterceptor, SearchDocumentsInterceptor>();
        // After the two above: it saves the rows they add once the save is done, and commits.
        services.AddSingleton<IInterceptor, FollowUpWritesInterceptor>();
        // Last: it tells open pages about the save once it is committed.
        services.AddSingleton<IInterceptor, LiveEventsInterceptor>();
        services.AddSingleton<Jobs.FollowUpSignal>();
        services.AddSingleton<IInterceptor, FollowUpWorkInterceptor>();
        return services;
    }
}
