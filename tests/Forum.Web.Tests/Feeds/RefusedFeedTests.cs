using System.Net;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Feeds;

/// <summary>
/// A feed address the forum refuses reads nothing: a read begun before the refusal would still be using the request's
/// database connection when the request ended.
/// </summary>
public sealed class RefusedFeedTests(CountingForum forum) : IClassFixture<CountingForum>
{
    [Theory]
    [InlineData("/feeds/questions?format=json")]
    [InlineData("/feeds/faq?format=html")]
    public async Task A_feed_in_a_format_the_forum_does_not_make_is_refused_before_anything_is_read(string path)
    {
        forum.Commands.Reset();

        var response = await forum.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(forum.Commands.Sent);
    }
}
