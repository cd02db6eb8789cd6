using System.Net;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Scaling;

/// <summary>Redis is optional at run time: without it the nodes serve and write alone, and share again once it is back.</summary>
public sealed class RedisOutageTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task With_Redis_stopped_the_nodes_serve_and_write_report_degraded_and_share_again_when_it_is_back()
    {
        var asker = await nodes.A.NewMemberAsync("asker");
        var visitor = nodes.B.CreateClient();
        await ReadAsync(visitor, "/questions");

        await nodes.Redis.StopAsync();

        var during = Word();
        await asker.AskAsync(ApiCalls.NewQuestion($"Sync {during} fails while offline"));
        Assert.Equal("Degraded", await ReadAsync(nodes.A.CreateClient(), "/health/ready"));
        // Each node keeps its caches for at most a second without Redis.
        await EventuallyAsync(async () => (await ReadAsync(visitor, "/questions")).Contains(during));
        await nodes.A.SignedInClientAsync("bob@forum.local");

        nodes.Redis.Start();
        await EventuallyAsync(async () => await ReadAsync(nodes.A.CreateClient(), "/health/ready") == "Healthy"
            && await ReadAsync(nodes.B.CreateClient(), "/health/ready") == "Healthy");

        await ReadAsync(visitor, "/questions");
        var after = Word();
        await asker.AskAsync(ApiCalls.NewQuestion($"Sync {after} works again"));
        Assert.Contains(after, await ReadAsync(visitor, "/questions"));
    }

    private static async Task<string> ReadAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page}: {(int)response.StatusCode}");
        return text;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not so after {Patience.TotalSeconds} seconds.");
            await Task.Delay(100);
        }
    }

    private static string Word() => ApiCalls.UniqueWord();
}
