using Forum.Domain.Common;
using Forum.Domain.Features.Faq;
using Forum.Domain.Features.Search;
using Forum.Domain.Tests.Faq;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Search;

/// <summary>Published FAQ articles in the search index: found, filtered, boosted, and kept in step with their life.</summary>
public sealed class FaqSearchTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private Task<SearchResults> SearchAsync(string query, string? type = null, string? category = null, string? tag = null, bool? solved = null) =>
        _forum.SendAsync(null, new SearchForum(query, category, tag, type, solved));

    private async Task<(FaqSteps Steps, PromotionResult Article)> PublishedAsync(string title = FaqSteps.SyncTitle, string? body = null, params string[] tags)
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        return (steps, await PublishAsync(steps, title, body, tags));
    }

    private async Task<PromotionResult> PublishAsync(FaqSteps steps, string title, string? body = null, params string[] tags)
    {
        var question = (await _forum.SendAsync(steps.Asker, Samples.Question(title, tags: tags))).Id;
        var answer = await _forum.AnswerAsync(steps.Helper, question, $"Disconnect this device in Settings, then sign in again with the new password. ({title})");
        await _forum.SendAsync(steps.Staff, new Features.Answers.VerifyAnswer(answer), Roles.Staff);
        return await _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(answer, Publish: true, Body: body), Roles.Staff);
    }

    private async Task<long> ApproveEditAsync(FaqSteps steps, string slug, string body)
    {
        var proposed = await ProposeAsync(steps, slug, body);
        await _forum.SendAsync(steps.Staff, new ApproveFaqRevision(proposed), Roles.Staff);
        return proposed;
    }

    private async Task<long> ProposeAsync(FaqSteps steps, string slug, string body)
    {
        var current = (await _forum.SendAsync(steps.Staff, new GetFaqArticle(slug), Roles.Staff)).Article;
        return (await _forum.SendAsync(steps.Staff, new ProposeFaqRevision(slug, body, "Edit", current.CurrentRevisionId), Roles.Staff)).RevisionId;
    }

    [Fact]
    public async Task A_published_article_is_found_at_once_with_its_page_address_a_marked_snippet_and_as_solved()
    {
        var (_, article) = await PublishedAsync();

        var results = await SearchAsync("disconnect device", type: SearchResultType.Faq);

        var result = Assert.Single(results.Results);
        Assert.Equal(1, results.Total);
        Assert.Equal((SearchResultType.Faq, article.ArticleId), (result.Type, result.Id));
        Assert.Equal($"/faq/{article.Slug}", result.Url);
        Assert.Contains("<mark>Disconnect</mark> this <mark>device</mark>", result.SnippetHtml);
        Assert.Equal("<mark>Sync</mark> stopped working after I changed my password", (await SearchAsync("sync", type: "faq")).Results[0].TitleHtml);
        Assert.True(result.Solved);
        Assert.True(result.Score > 0);
    }

    [Fact]
    public async Task Without_a_type_articles_and_questions_come_together_and_the_article_comes_before_the_thread_it_was_promoted_from()
    {
        var (steps, article) = await PublishedAsync();
        var other = (await _forum.SendAsync(steps.Asker, Samples.Question("Sync of a new device asks for the password again"))).Id;

        var all = await SearchAsync("sync password");
        var questions = await SearchAsync("sync password", type: SearchResultType.Question);
        var faq = await SearchAsync("sync password", type: SearchResultType.Faq);

        Assert.Equal(3, all.Total);
        Assert.Equal((SearchResultType.Faq, article.ArticleId), (all.Results[0].Type, all.Results[0].Id));
        Assert.All(questions.Results, r => Assert.Equal(SearchResultType.Question, r.Type));
        Assert.Equal(2, questions.Total);
        Assert.Contains(other, questions.Results.Select(r => r.Id));
        Assert.Equal([article.ArticleId], faq.Results.Select(r => r.Id));
    }

    [Fact]
    public async Task Articles_are_told_from_the_question_documents_a_search_matches_by_their_keys_alone()
    {
        var (steps, article) = await PublishedAsync();
        await _forum.SendAsync(steps.Asker, Samples.Question("Sync of a new device asks for the password again"));

        _forum.SqlCommands.Reset();
        var all = await SearchAsync("sync password");
        var plans = await _forum.QueryAsync(db => QueryPlans.PlansAsync(db, _forum.SqlCommands.Commands));

        Assert.Equal((SearchResultType.Faq, article.ArticleId), (all.Results[0].Type, all.Results[0].Id));
        var plan = Assert.Single(plans, p => p.Text.Contains("bm25") && p.Text.Contains("FaqArticleId")).Steps;
        // The articles' keys come from their index, and the full-text table is walked once rather than sought key by key.
        Assert.Contains("SEARCH SearchDocuments USING COVERING INDEX IX_SearchDocuments_FaqArticleId_Language (FaqArticleId>?)", plan);
        Assert.All(plan.Where(s => s.StartsWith("SCAN SearchDocumentsFts", StringComparison.Ordinal)), s => Assert.DoesNotContain(":=", s));
    }

    [Fact]
    public async Task An_approved_revision_is_found_by_its_new_words_and_no_longer_by_the_old_ones()
    {
        var (steps, article) = await PublishedAsync(body: "Open the keychain and remove the stale entry, then sign in again.");
        Assert.Single((await SearchAsync("keychain", type: "faq")).Results);

        await ApproveEditAsync(steps, article.Slug, "Open the credential manager and remove the stale entry, then sign in again.");

        Assert.Empty((await SearchAsync("keychain")).Results);
        var result = Assert.Single((await SearchAsync("credential manager")).Results);
        Assert.Equal(article.ArticleId, result.Id);
        Assert.DoesNotContain("keychain", result.SnippetHtml);
    }

    [Fact]
    public async Task Drafts_pending_and_rejected_revisions_are_never_found_not_even_in_snippets()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var (_, draftAnswer) = await steps.VerifiedAnswerAsync("Reminders ring twice on the watch");
        await _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(draftAnswer, Publish: false, Body: "Turn off mirrored alerts on the wristband."), Roles.Staff);
        var article = await PublishAsync(steps, "Printer margins are cut off", "Choose the A4 page size in the page setup.");
        await ProposeAsync(steps, article.Slug, "Choose the A4 page size, or try the secret zebra workaround.");
        var rejected = await _forum.SendAsync(steps.Helper, new ProposeFaqRevision(article.Slug, "Or use the forbidden walrus setting.", null,
            (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article.CurrentRevisionId), Roles.Staff);
        await _forum.SendAsync(steps.Staff, new RejectFaqRevision(rejected.RevisionId, "Not accurate."), Roles.Staff);

        Assert.Empty((await SearchAsync("wristband")).Results);
        Assert.Empty((await SearchAsync("mirrored alerts", type: "faq")).Results);
        Assert.Empty((await SearchAsync("zebra")).Results);
        Assert.Empty((await SearchAsync("walrus")).Results);
        var found = Assert.Single((await SearchAsync("a4 page size", type: "faq")).Results);
        Assert.DoesNotContain("zebra", found.SnippetHtml);
        Assert.DoesNotContain("walrus", found.SnippetHtml);
        Assert.DoesNotContain(await _forum.QueryAsync(db => db.SearchDocuments.Select(d => d.Body).ToListAsync()),
            body => body.Contains("wristband") || body.Contains("zebra") || body.Contains("walrus"));
    }

    [Fact]
    public async Task A_draft_becomes_findable_when_it_is_published()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var (_, answer) = await steps.VerifiedAnswerAsync("Reminders ring twice on the watch");
        var draft = await _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(answer, Publish: false), Roles.Staff);
        Assert.Empty((await SearchAsync("reminders watch", type: "faq")).Results);

        await _forum.SendAsync(steps.Staff, new PublishFaqArticle(draft.Slug), Roles.Staff);

        Assert.Equal([draft.ArticleId], (await SearchAsync("reminders watch", type: "faq")).Results.Select(r => r.Id));
    }

    [Fact]
    public async Task An_archived_article_leaves_the_index_and_its_thread_is_found_again_first()
    {
        var (steps, article) = await PublishedAsync();

        await _forum.SendAsync(steps.Staff, new ArchiveFaqArticle(article.Slug), Roles.Staff);

        Assert.Empty((await SearchAsync("sync password", type: "faq")).Results);
        var result = Assert.Single((await SearchAsync("sync password")).Results);
        Assert.Equal(SearchResultType.Question, result.Type);
        Assert.False(await _forum.QueryAsync(db => db.SearchDocuments.AnyAsync(d => d.FaqArticleId == article.ArticleId)));
    }

    [Fact]
    public async Task Filters_apply_to_articles_by_their_category_and_the_tags_of_their_thread_and_unsolved_only_leaves_them_out()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var tagged = await PublishAsync(steps, "Sync stops on the tablet", null, "tablet");
        var untagged = await PublishAsync(steps, "Sync stops on the desktop");

        Assert.Equal([tagged.ArticleId], (await SearchAsync("sync stops", type: "faq", tag: "tablet")).Results.Select(r => r.Id));
        Assert.Equal(2, (await SearchAsync("sync stops", type: "faq", category: "desktop-app")).Total);
        Assert.Empty((await SearchAsync("sync stops", type: "faq", category: "mobile-app")).Results);
        Assert.Equal(2, (await SearchAsync("sync stops", type: "faq", solved: true)).Total);
        Assert.Empty((await SearchAsync("sync stops", type: "faq", solved: false)).Results);
        Assert.DoesNotContain(untagged.ArticleId, (await SearchAsync("sync stops", tag: "tablet")).Results.Where(r => r.Type == "faq").Select(r => r.Id));
    }

    [Fact]
    public async Task An_article_containing_markup_gives_an_escaped_snippet()
    {
        var (_, article) = await PublishedAsync(body: "Paste <script>alert('x')</script> or <img src=x onerror=alert(1)> into **the box**.");

        var result = Assert.Single((await SearchAsync("script alert", type: "faq")).Results);

        Assert.Equal(article.ArticleId, result.Id);
        Assert.DoesNotContain("<script", result.SnippetHtml);
        Assert.DoesNotContain("<img", result.SnippetHtml);
        Assert.Contains("&lt;<mark>script</mark>&gt;<mark>alert</mark>", result.SnippetHtml);
    }

    [Fact]
    public async Task Articles_without_a_search_document_are_found_once_reindexed()
    {
        var (_, article) = await PublishedAsync();
        await _forum.QueryAsync(db => db.SearchDocuments.Where(d => d.FaqArticleId != null).ExecuteDeleteAsync());
        Assert.Empty((await SearchAsync("sync", type: "faq")).Results);

        await _forum.QueryAsync(async db =>
        {
            await SearchIndexing.RefreshFaqAsync(db, await SearchIndexing.MissingFaqAsync(db, 100, default), default);
            return await db.SaveChangesAsync();
        });

        Assert.Equal([article.ArticleId], (await SearchAsync("sync", type: "faq")).Results.Select(r => r.Id));
    }

    [Fact]
    public async Task Related_questions_on_an_article_page_are_ranked_by_the_index_solved_only_without_its_own_thread()
    {
        var (steps, article) = await PublishedAsync();
        var related = await _forum.AskAsync(steps.Asker, "Sync stopped on my phone after a password reset");
        await _forum.SendAsync(steps.Asker, new Features.Answers.AcceptAnswer(await _forum.AnswerAsync(steps.Helper, related)));
        await _forum.AskAsync(steps.Asker, "Sync stopped after the password change, still open");
        await _forum.RankFaqRelatedQuestionsAsync();

        var page = await _forum.SendAsync(null, new GetFaqArticle(article.Slug));

        Assert.Equal([related], page.RelatedQuestions.Select(q => q.Id));
    }
}
