using System.Net;
using Forum.Web.Tests.Harness;

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

    [Fact]
    public async Task A_visitors_article_sets_no_cookie_so_it_can_be_served_from_the_output_cache()
    {
        var response = await forum.CreateClient().GetAsync(SyncArticle);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains($"action=\"{SyncArticle}/feedback\"", page);
        Assert.DoesNotContain("__RequestVerificationToken", page);
    }

    [Fact]
    public async Task A_visitor_who_says_no_is_asked_why_then_thanked()
    {
        var visitor = forum.CreateClient();
        await visitor.GetStringAsync(SyncArticle);

        var why = await (await visitor.PostAsync(SyncArticle + "/feedback", Form(("helpful", "false")))).Content.ReadAsStringAsync();
        var thanks = await (await visitor.PostAsync(SyncArticle + "/feedback", Form(("helpful", "false"), ("reason", "Outdated")))).Content.ReadAsStringAsync();
        var later = await visitor.GetStringAsync(SyncArticle);

        Assert.Contains("What’s wrong with it?", why);
        Assert.Contains("Thank you for your feedback.", thanks);
        Assert.Contains("Was this helpful?", later);
    }

    [Fact]
    public async Task A_refused_feedback_is_explained_even_though_visitors_get_the_article_from_the_cache()
    {
        var visitor = forum.CreateClient();
        await visitor.GetStringAsync(SyncArticle);
        await forum.CreateClient().GetStringAsync(SyncArticle);

        var refused = await (await visitor.PostAsync(SyncArticle + "/feedback", Form(("helpful", "true"), ("reason", "Outdated")))).Content.ReadAsStringAsync();

        Assert.Contains("A reason goes only with", refused);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
