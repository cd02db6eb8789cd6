using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;

namespace Forum.Web.Tests.Hosting;

/// <summary>A forum behind one known proxy (10.0.0.5), with a small per-address write allowance to tell clients apart.</summary>
public sealed class BehindProxyForum : ForumWebFactory
{
    public const string Proxy = "10.0.0.5";

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Forum:Proxies:KnownProxies:0", Proxy);
        builder.UseSetting("Forum:WritesPerMinutePerAddress", "2");
        ClientAddress.AddTo(builder);
    }
}

public sealed class HostsAndProxiesTests(BehindProxyForum forum) : IClassFixture<BehindProxyForum>
{
    [Fact]
    public async Task A_request_naming_a_host_other_than_the_public_one_is_refused()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "evil.example";

        var response = await forum.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Forwarded_addresses_from_a_client_that_is_no_known_proxy_are_ignored()
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 1; i <= 3; i++)
            answers.Add(await PreviewAsync(from: "203.0.113.20", forwardedFor: $"198.51.100.{i}"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        var refused = answers[2];
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.JsonAsync(HttpStatusCode.TooManyRequests)).GetProperty("status").GetInt32());
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task The_known_proxy_tells_the_client_address()
    {
        for (var i = 1; i <= 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await PreviewAsync(from: BehindProxyForum.Proxy, forwardedFor: $"198.51.100.{10 + i}")).StatusCode);

        var sameClient = new List<HttpStatusCode>();
        for (var i = 1; i <= 3; i++)
            sameClient.Add((await PreviewAsync(from: BehindProxyForum.Proxy, forwardedFor: "198.51.100.30")).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], sameClient);
    }

    [Fact]
    public async Task Opening_live_connections_uses_none_of_the_address_write_allowance()
    {
        for (var i = 1; i <= 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Post, "/live/negotiate?negotiateVersion=1", "203.0.113.50", "198.51.100.50", new StringContent(""))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await PreviewAsync(from: "203.0.113.50", forwardedFor: "198.51.100.50")).StatusCode);
    }

    [Theory]
    [InlineData(BehindProxyForum.Proxy, "198.51.100.40", true)]
    [InlineData("203.0.113.40", "198.51.100.41", false)]
    public async Task Only_the_known_proxy_tells_that_the_client_came_over_https(string from, string client, bool secure)
    {
        var email = $"scheme-{Guid.NewGuid():N}@forum.test";
        await Send(HttpMethod.Post, "/api/v1/auth/register", from, client, JsonContent.Create(new { email, password = "Passw0rd!" }));

        var login = await Send(HttpMethod.Post, "/api/v1/auth/login?useCookies=true", from, client,
            JsonContent.Create(new { email, password = "Passw0rd!" }), proto: "https");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forum.auth=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    private Task<HttpResponseMessage> PreviewAsync(string from, string forwardedFor) =>
        Send(HttpMethod.Post, "/api/v1/markdown/preview", from, forwardedFor, JsonContent.Create(new { markdown = "Hello" }));

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string from, string forwardedFor, HttpContent content, string proto = "http")
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(ClientAddress.Header, from);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", proto);
        return forum.CreateClient().SendAsync(request);
    }
}
