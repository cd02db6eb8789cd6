using Forum.Infrastructure.Caching;
using Forum.Infrastructure.Jobs;
using Microsoft.AspNetCore.DataProtection;
using Forum.Infrastructure.Email;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Markdown;
using Forum.Infrastructure.Persistence.Interceptors;
using Forum.Infrastructure.Search;
using Forum.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Forum.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// The database chosen by <c>Database:Provider</c>, and the adapters behind the domain's ports. EF Core
    /// interceptors registered as <see cref="IInterceptor"/> are attached to the context; whatever must follow a
    /// committed write (cached reads, cached pages) registers as an <see cref="ICommitObserver"/>.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = DatabaseSettings.From(configuration, contentRoot);
        services.AddSingleton(database);
        // Split queries: a collection in a projection (a question's tags) loads by its own indexed query. In a
        // single query it becomes a LEFT JOIN over a join, which SQLite cannot flatten: it would read the tags of
        // every question to show one page.
        switch (database.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<ForumDbContext, PostgresForumDbContext>((sp, o) => o.UseNpgsql(database.ConnectionString, p => p.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddScoped<ISearchIndex, PostgresSearchIndex>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<ForumDbContext, SqlServerForumDbContext>((sp, o) => o.UseSqlServer(database.ConnectionString, p => p.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddScoped<ISearchIndex, SqlServerSearchIndex>();
                break;
            default:
                services.AddDbContextPool<ForumDbContext, SqliteForumDbContext>((sp, o) => o.UseSqlite(database.ConnectionString, p => p.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddScoped<ISearchIndex, SqliteSearchIndex>();
                break;
        }
        services.AddScoped<IForumDb>(sp => sp.GetRequiredService<ForumDbContext>());
        services.AddSingleton<IInterceptor, CommittedWriteInterceptor>();
        services.AddSaveChangesInterceptors();
        services.AddSingleton<ReadCache>();
        services.AddSingleton<IReadCache>(sp => sp.GetRequiredService<ReadCache>());
        services.AddSingleton<ICommitObserver>(sp => sp.GetRequiredService<ReadCache>());
        services.AddSharedRedis(configuration);
        services.AddMemoryCache();
        services.AddSingleton<SearchCounts>();

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddSingleton<IImageProcessor, Images.ImageProcessor>();
        var images = configuration.GetSection("Forum:Images").Get<Forum.Domain.Features.Images.ImageOptions>() ?? new Forum.Domain.Features.Images.ImageOptions();
        services.AddSingleton(images);
        services.AddScoped<Images.DatabaseImageStore>();
        if (string.IsNullOrWhiteSpace(images.Directory))
            services.AddScoped<IImageStore>(sp => sp.GetRequiredService<Images.DatabaseImageStore>());
        else
            services.AddScoped<IImageStore>(sp => new Images.DirectoryImageStore(Path.GetFullPath(images.Directory, contentRoot), sp.GetRequiredService<Images.DatabaseImageStore>()));
        services.AddSingleton(configuration.GetSection("Forum:Reputation").Get<ReputationRules>() ?? new ReputationRules());
        services.AddSingleton(configuration.GetSection("Forum:RateLimits").Get<RateLimitRules>() ?? new RateLimitRules());
        services.AddSingleton(configuration.GetSection("Forum:Moderation").Get<ModerationRules>() ?? new ModerationRules());
        services.AddSingleton(configuration.GetSection("Forum:Respect").Get<RespectOptions>() ?? new RespectOptions());
        services.AddSingleton(configuration.GetSection("Forum:Search").Get<SearchOptions>() ?? new SearchOptions());
        services.AddScoped<IMemberAccounts, MemberAccounts>();
        services.AddScoped<UnknownAccountPasswords>();
        services.AddScoped<CurrentSessions>();
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailDelivery>(sp => sp.GetRequiredService<SmtpEmailSender>());

        // The forum's words in its languages (Resources/SharedResource*.resx), for pages and for what members are sent.
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<IForumTexts, Localization.ResourceTexts>();

        // Customer service: targets, signed email links, the email outbox and the follow-up job.
        services.AddSingleton(configuration.GetSection("Forum:Support").Get<SupportOptions>() ?? new SupportOptions());
        services.AddSingleton(new PublicLinks(PublicUrl(configuration)));
        // One key ring in the database and one application name: whatever one node protects, every node can read.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<ForumDbContext>();
        services.AddSingleton<ISignedTokens, SignedTokens>();
        services.Configure<JobOptions>(configuration.GetSection("Forum:Jobs"));
        services.AddScoped<OutboxProcessor>();
        services.AddSingleton(configuration.GetSection("Forum:Recognition").Get<Forum.Domain.Features.Recognition.RecognitionOptions>() ?? new Forum.Domain.Features.Recognition.RecognitionOptions());
        services.AddForumJobs(configuration, database);
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoSeeder>();
        return services;
    }

    public const string DataProtectionApplicationName = "Forum";

    /// <summary>
    /// <c>Forum:PublicUrl</c>; <c>Forum:Support:SiteUrl</c>, its name before every email link came from it, is still read
    /// so that existing configurations keep working.
    /// </summary>
    public static string PublicUrl(IConfiguration configuration) =>
        NonEmpty(configuration["Forum:PublicUrl"]) ?? NonEmpty(configuration["Forum:Support:SiteUrl"]) ?? PublicLinks.DefaultUrl;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
