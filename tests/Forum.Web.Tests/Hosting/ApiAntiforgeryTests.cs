using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Hosting;

public sealed class ApiAntiforgeryTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Theory]
    [InlineData("POST", "/api/v1/questions")]
    [InlineData("POST", "/api/v1/notifications/read-all")]
    [InlineData("PUT", "/api/v1/notifications/email-preferences")]
    [InlineData("DELETE", "/api/v1/questions/1/watch")]
    public async Task A_change_signed_in_by_cookie_without_the_antiforgery_token_is_refused(string method, string path)
    {
        var browser = await CookieSignedInAsync("bob@forum.local");

        var response = await browser.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(ApiCalls.NewQuestion()) });

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("antiforgery", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Nothing_is_written_by_a_cookie_request_without_the_token()
    {
        var browser = await CookieSignedInAsync("alice@forum.local");
        var title = $"Printer queue stuck {ApiCalls.UniqueWord()}";

        await browser.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion(title));

        var mine = await (await browser.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(title, mine.GetRawText());
    }

    [Fact]
    public async Task With_the_token_of_a_forum_page_a_cookie_request_works()
    {
        var browser = await CookieSignedInAsync("bob@forum.local");
        var token = FormTokens.Of(await browser.GetStringAsync("/questions/ask"));

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/markdown/preview") { Content = JsonContent.Create(new { markdown = "**hello**" }) };
        request.Headers.Add("RequestVerificationToken", token);
        var preview = await (await browser.SendAsync(request)).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("<strong>hello</strong>", preview.GetProperty("html").GetString());

        var ask = new HttpRequestMessage(HttpMethod.Post, "/api/v1/questions") { Content = JsonContent.Create(ApiCalls.NewQuestion("Cookie and token ask a question")) };
        ask.Headers.Add("RequestVerificationToken", token);
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(ask)).StatusCode);
    }

    [Fact]
    public async Task Another_members_token_does_not_do()
    {
        var bob = await CookieSignedInAsync("bob@forum.local");
        var alice = await CookieSignedInAsync("alice@forum.local");
        var alicesToken = FormTokens.Of(await alice.GetStringAsync("/questions/ask"));

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/read-all");
        request.Headers.Add("RequestVerificationToken", alicesToken);

        Assert.Equal(HttpStatusCode.BadRequest, (await bob.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Bearer_and_anonymous_requests_need_no_token()
    {
        var bearer = await forum.SignedInClientAsync("bob@forum.local");
        Assert.Equal(HttpStatusCode.OK, (await bearer.PostAsync("/api/v1/notifications/read-all", null)).StatusCode);

        var visitor = forum.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsJsonAsync("/api/v1/markdown/preview", new { markdown = "hi" })).StatusCode);
    }

    /// <summary>A browser signed in with the site's cookie (its cookies kept between requests).</summary>
    private async Task<HttpClient> CookieSignedInAsync(string email)
    {
        var browser = forum.CreateClient();
        var login = await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email, password = "Passw0rd!" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return browser;
    }
}
