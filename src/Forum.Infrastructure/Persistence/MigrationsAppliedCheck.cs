using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forum.Infrastructure.Persistence;

/// <summary>Ready only once the database has every migration this build knows: a node never serves an older schema.</summary>
public sealed class MigrationsAppliedCheck(ForumDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Every migration is applied.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied yet: {string.Join(", ", pending)}.");
    }
}
