using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Scaling;

/// <summary>The per-address write limit is counted in Redis, so an address cannot double it by spreading over nodes.</summary>
public sealed class SharedWriteLimitTests(SharedWriteLimitTests.TwoNodesAllowingFourWrites nodes) : IClassFixture<SharedWriteLimitTests.TwoNodesAllowingFourWrites>
{
    public sealed class TwoNodesAllowingFourWrites : TwoNodes
    {
        protected override int WritesPerMinutePerAddress => 4;
    }

    [Fact]
    public async Task Writes_from_one_address_count_on_both_nodes_and_the_refusal_says_when_to_try_again()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(nodes.A, "198.51.100.7")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(nodes.B, "198.51.100.7")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(nodes.A, "198.51.100.7")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(nodes.B, "198.51.100.7")).StatusCode);

        var refused = await SignInAsync(nodes.A, "198.51.100.7");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(nodes.B, "198.51.100.7")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(nodes.B, "198.51.100.8")).StatusCode);
    }

    private static Task<HttpResponseMessage> SignInAsync(ForumWebFactory node, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = "nobody@forum.test", password = "Wrong-passw0rd" }),
        };
        request.Headers.Add(ClientAddress.Header, address);
        return node.CreateClient().SendAsync(request);
    }
}
