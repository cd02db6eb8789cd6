using System.Net;
using System.Net.Http.Json;
using System.ServiceModel.Syndication;
using System.Xml;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Feeds;

public sealed class FeedTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static async Task<SyndicationFeed> ReadFeedAsync(HttpClient client, string path, string expectedType = "application/rss+xml")
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedType, response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task The_newest_questions_come_as_rss_and_atom_with_links_under_the_public_address()
    {
        var member = await forum.NewMemberAsync();
        var id = await member.AskAsync(ApiCalls.NewQuestion("Printer feed shows every new question in the list"));

        var rss = await ReadFeedAsync(forum.CreateClient(), "/feeds/questions");
        var atom = await ReadFeedAsync(forum.CreateClient(), "/feeds/questions?format=atom", "application/atom+xml");

        foreach (var feed in new[] { rss, atom })
        {
            var item = feed.Items.First();
            Assert.Equal("Printer feed shows every new question in the list", item.Title.Text);
            Assert.StartsWith($"http://localhost:5019/questions/{id}/", item.Links[0].Uri.ToString());
            Assert.Contains("Desktop app", item.Categories.Select(c => c.Name));
        }
    }

    [Fact]
    public async Task A_forged_host_header_does_not_change_the_feeds_links()
    {
        var client = forum.CreateClient();
        client.DefaultRequestHeaders.Host = "localhost";
        var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/faq");
        request.Headers.Add("X-Forwarded-Host", "evil.example");

        var xml = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("evil.example", xml);
        Assert.Contains("http://localhost:5019/faq/", xml);
    }

    [Fact]
    public async Task Hidden_questions_and_answers_never_appear_in_a_feed_even_when_a_moderator_fetches_it()
    {
        var member = await forum.NewMemberAsync();
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var hidden = await member.AskAsync(ApiCalls.NewQuestion("Hidden question that must stay out of every feed", tags: ["feeds"]));
        var shown = await member.AskAsync(ApiCalls.NewQuestion("Visible question that feeds do carry", tags: ["feeds"]));
        var hiddenAnswer = await member.AnswerAsync(shown, "This answer gets hidden by a moderator before anyone reads it.");
        var keptAnswer = await member.AnswerAsync(shown, "This answer stays public and is in the answers feed.");
        foreach (var (type, id) in new[] { ("question", hidden), ("answer", hiddenAnswer) })
            Assert.Equal(HttpStatusCode.OK, (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/{type}/{id}/actions", new { action = "hide", reason = "test" })).StatusCode);

        foreach (var client in new[] { forum.CreateClient(), moderator })
        {
            var tagged = await ReadFeedAsync(client, "/feeds/tags/feeds");
            Assert.Equal(["Visible question that feeds do carry"], tagged.Items.Select(i => i.Title.Text));
            var answers = await ReadFeedAsync(client, $"/feeds/questions/{shown}");
            var link = Assert.Single(answers.Items).Links[0].Uri.ToString();
            Assert.EndsWith($"#answer-{keptAnswer}", link);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/feeds/questions/{hidden}")).StatusCode);
        }
    }

    [Fact]
    public async Task Category_and_faq_feeds_carry_their_content()
    {
        var category = await ReadFeedAsync(forum.CreateClient(), "/feeds/c/desktop-app?tab=active");
        var faq = await ReadFeedAsync(forum.CreateClient(), "/feeds/faq");

        Assert.Contains("Desktop app", category.Title.Text);
        Assert.All(category.Items, i => Assert.Contains("Desktop app", i.Categories.Select(c => c.Name)));
        Assert.Contains(faq.Items, i => i.Links[0].Uri.ToString() == "http://localhost:5019/faq/sync-stopped-working-after-i-changed-my-password");
    }

    [Fact]
    public async Task Pages_announce_their_feeds_with_link_rel_alternate()
    {
        var visitor = forum.CreateClient();

        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"All questions (RSS)\" href=\"/feeds/questions\" />", await visitor.GetStringAsync("/questions"));
        Assert.Contains("href=\"/feeds/tags/sync?tab=unanswered&amp;format=atom\"", await visitor.GetStringAsync("/tags/sync?tab=unanswered"));
        Assert.Contains("href=\"/feeds/c/desktop-app\"", await visitor.GetStringAsync("/c/desktop-app"));
        Assert.Contains("href=\"/feeds/faq\"", await visitor.GetStringAsync("/faq"));
        Assert.Contains("href=\"/feeds/questions/1\"", await visitor.GetStringAsync("/questions/1"));
    }

    [Theory]
    [InlineData("/feeds/questions?tab=oldest", HttpStatusCode.BadRequest)]
    [InlineData("/feeds/questions?format=json", HttpStatusCode.BadRequest)]
    [InlineData("/feeds/c/no-such-category", HttpStatusCode.NotFound)]
    [InlineData("/feeds/questions/999999", HttpStatusCode.NotFound)]
    public async Task Bad_feed_addresses_get_a_clear_error(string path, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await forum.CreateClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_feed_is_served_from_the_output_cache_until_the_next_write()
    {
        var first = await forum.CreateClient().GetStringAsync("/feeds/questions?tab=top");
        var again = await forum.CreateClient().GetAsync("/feeds/questions?tab=top");

        Assert.Equal(first, await again.Content.ReadAsStringAsync());
        Assert.True(again.Headers.Age is not null || again.Headers.Contains("Age"), "the second read comes from the output cache");
    }
}
