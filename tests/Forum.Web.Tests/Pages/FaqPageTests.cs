using System.Net;
using Forum.Web.Tests.Support;

namespace Forum.Web.Tests.Pages;

public sealed class FaqPageTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string SyncArticle = "/faq/sync-stopped-working-after-i-changed-my-password";

    [Fact]
    public async Task The_faq_index_lists_the_seeded_articles_by_category_and_an_article_credits_the_answers_author()
    {
        var visitor = forum.CreateClient();

        var index = await visitor.GetStringAsync("/faq");
        var article = await visitor.GetStringAsync(SyncArticle);
        var history = await visitor.GetStringAsync(SyncArticle + "/history");

        Assert.Contains("Sync &amp; backup", index);
        Assert.Contains(SyncArticle, index);
        Assert.Contains("Based on an answer by", article);
        Assert.Contains("Carmen Ortiz", article);
        Assert.Contains("Was this helpful?", article);
        Assert.Contains("Revision 3", history);
        Assert.Contains("diff-added", history);
        Assert.DoesNotContain("Samsung", history);
    }

    [Fact]
    public async Task The_thread_an_article_came_from_shows_a_banner_linking_to_it()
    {
        var visitor = forum.CreateClient();
        var question = await visitor.GetQuestionAsync(1);

        var page = await visitor.GetStringAsync(question.GetProperty("url").GetString());

        Assert.Contains("faq-banner", page);
        Assert.Contains($"href=\"{SyncArticle}\"", page);
        Assert.Contains("Staff-verified", page);
    }

    [Fact]
    public async Task The_review_page_sends_visitors_to_log_in_and_unknown_articles_are_404()
    {
        var visitor = forum.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/faq/review")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await forum.CreateClient().GetAsync("/faq/no-such-article")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await forum.CreateClient().GetAsync("/faq/no-such-article/history")).StatusCode);
    }
}
