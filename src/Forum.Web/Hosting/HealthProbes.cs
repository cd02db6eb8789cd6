using Forum.Infrastructure.Caching;
using Forum.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forum.Web.Hosting;

/// <summary>
/// What a load balancer or orchestrator asks a node: <c>/health/live</c>, is the process up (no dependency is checked,
/// so a database outage does not get every node restarted); <c>/health/ready</c>, may it take requests: the database
/// answers, its migrations are applied and the node is not shutting down (Redis, where nodes share it, is reported too:
/// Degraded when it is down, still 200, since the node then serves alone). <c>/health</c> is the readiness check too.
/// </summary>
public static class HealthProbes
{
    private const string Ready = "ready";

    public static IServiceCollection AddHealthProbes(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDatabaseChecks(Ready)
            .AddSharedRedisCheck(Ready)
            .AddCheck<NotStoppingCheck>("not-stopping", tags: [Ready]);
        return services;
    }

    public static void MapHealthProbes(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) };
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/health", ready);
    }

    /// <summary>Unready from the moment the node is asked to stop, so that no new work is sent to it while it drains.</summary>
    private sealed class NotStoppingCheck(IHostApplicationLifetime lifetime) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
                ? HealthCheckResult.Unhealthy("The node is shutting down.")
                : HealthCheckResult.Healthy());
    }
}
