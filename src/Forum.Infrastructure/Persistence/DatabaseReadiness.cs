namespace Forum.Infrastructure.Persistence;

/// <summary>The database's part of a node's readiness: it answers, and every migration of this build is applied.</summary>
public static class DatabaseReadiness
{
    public static IHealthChecksBuilder AddDatabaseChecks(this IHealthChecksBuilder checks, string tag) =>
        checks.AddDbContextCheck<ForumDbContext>("database", tags: [tag])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: [tag]);
}
