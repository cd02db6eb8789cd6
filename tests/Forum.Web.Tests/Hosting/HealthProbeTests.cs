using System.Net;
using Forum.Web.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forum.Web.Tests.Hosting;

/// <summary>What a load balancer asks a node: is it alive, and may it take requests.</summary>
public sealed class HealthProbeTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task A_running_node_with_its_database_migrated_is_live_and_ready(string path)
    {
        var response = await forum.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_covers_the_database_its_migrations_and_shutdown()
    {
        var checks = forum.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        Assert.Equal(["database", "migrations", "not-stopping"], checks.Where(c => c.Tags.Contains("ready")).Select(c => c.Name).Order());
        Assert.Equal(HttpStatusCode.OK, (await forum.CreateClient().GetAsync("/health/live")).StatusCode);
    }
}
