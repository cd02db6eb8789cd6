using System.Net;
using System.Net.Http.Json;
using System.Text;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;

namespace Forum.Web.Tests.Hosting;

/// <summary>The forum on Kestrel with a small request body limit, for the API's 413.</summary>
public sealed class SmallBodyForum : ForumWebFactory
{
    public SmallBodyForum() => UseKestrel(0);

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 2000);
        builder.UseSetting("AllowedHosts", "127.0.0.1;localhost");
    }
}

public sealed class ErrorResponsesTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Theory]
    [InlineData("GET", "/no-such-page")]
    [InlineData("GET", "/api/v1/questions/987654")]
    [InlineData("GET", "/api/v1/no-such-thing")]
    [InlineData("POST", "/api/v1/questions")]
    [InlineData("DELETE", "/api/v1/categories")]
    public async Task Error_responses_carry_the_security_headers(string method, string path)
    {
        var response = await forum.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.True((int)response.StatusCode >= 400, $"{(int)response.StatusCode}");
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("GET", "/api/v1/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/anything", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/v1/categories", HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "/api/v1/questions", HttpStatusCode.Unauthorized)]
    public async Task Every_api_error_is_a_problem_details_even_for_a_browser(string method, string path, HttpStatusCode status)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(ApiCalls.NewQuestion()) };
        request.Headers.Add("Accept", "text/html");

        await AssertProblemAsync(await forum.CreateClient().SendAsync(request), status);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem_details()
    {
        var response = await forum.CreateClient().PostAsync("/api/v1/markdown/preview", new StringContent("**hi**", Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem_details()
    {
        await using var small = new SmallBodyForum();

        var response = await small.CreateClient().PostAsJsonAsync("/api/v1/markdown/preview", new { markdown = new string('a', 5000) });

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Pages_for_a_signed_in_member_and_their_own_api_record_are_kept_by_no_cache()
    {
        var browser = forum.CreateClient();
        await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = "bob@forum.local", password = "Passw0rd!" });
        foreach (var path in new[] { "/", "/questions", "/questions/1", "/notifications", "/api/v1/members/me" })
        {
            var response = await browser.GetAsync(path);
            Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"{path}: {response.Headers.CacheControl}");
        }

        var bearer = await forum.SignedInClientAsync("bob@forum.local");
        Assert.True((await bearer.GetAsync("/api/v1/members/me")).Headers.CacheControl is { Private: true, NoStore: true });
    }

    [Fact]
    public async Task Anonymous_pages_keep_their_shared_caching()
    {
        var visitor = forum.CreateClient();
        await visitor.GetAsync("/questions");

        var response = await visitor.GetAsync("/questions");

        Assert.NotNull(response.Headers.Age);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
        Assert.False(response.Headers.CacheControl?.Private ?? false);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }
}
