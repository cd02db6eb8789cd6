using System.Net;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;

namespace Forum.Web.Tests.Search;

/// <summary>A search matching more questions than are ranked (two here) says so on the page and in the API.</summary>
public sealed class BoundedSearchWebTests : IAsyncLifetime
{
    private readonly TwoCandidatesForum _forum = new();

    private sealed class TwoCandidatesForum : ForumWebFactory
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Forum:Search:Candidates", "2");
    }

    public async Task InitializeAsync()
    {
        var staff = await _forum.SignedInClientAsync("staff@forum.local");
        for (var i = 1; i <= 3; i++)
            await staff.AskAsync(ApiCalls.NewQuestion($"Zeppelin theme resets the toolbar, report {i}", "Since I chose the zeppelin theme the toolbar resets on every start."));
        await _forum.RunFollowUpWorkAsync();
    }

    public Task DisposeAsync() => _forum.DisposeAsync().AsTask();

    private async Task<string> PageAsync(string url, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await _forum.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_says_the_total_is_a_lower_bound_and_a_page_past_it_is_empty()
    {
        var client = _forum.CreateClient();

        var found = await (await client.GetAsync("/api/v1/search?q=zeppelin")).JsonAsync(HttpStatusCode.OK);
        var past = await (await client.GetAsync("/api/v1/search?q=zeppelin&page=2&pageSize=2")).JsonAsync(HttpStatusCode.OK);

        Assert.True(found.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(2, found.GetProperty("total").GetInt32());
        Assert.Equal(2, found.GetProperty("results").GetArrayLength());
        Assert.Equal(0, past.GetProperty("results").GetArrayLength());
        Assert.False((await (await client.GetAsync("/api/v1/search?q=zeppelin+report+1")).JsonAsync(HttpStatusCode.OK)).GetProperty("totalIsLowerBound").GetBoolean());
    }

    [Theory]
    [InlineData("en", "2+ results for “zeppelin”")]
    [InlineData("id-ID", "2+ hasil untuk “zeppelin”")]
    public async Task The_page_says_there_are_more_in_the_readers_language(string language, string said)
    {
        Assert.Contains(said, await PageAsync("/search?q=zeppelin", language));
        Assert.Contains("1 result for “zeppelin report 1”", await PageAsync("/search?q=zeppelin+report+1", "en"));
    }
}
