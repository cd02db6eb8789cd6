using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Faq;
using Forum.Domain.Features.Questions;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Faq;

public sealed class FaqFeedbackAndSuggestionTests : IDisposable
{
    private const string Browser = "0b7f6a4e-5d1c-4a7e-9d39-0a6f3f2d9c11";
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task Feedback_twice_from_the_same_member_or_browser_counts_once()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();

        await _forum.SendAsync(steps.Asker, new SendFaqFeedback(article.Slug, true, null, null));
        await _forum.SendAsync(steps.Asker, new SendFaqFeedback(article.Slug, false, null, null));
        await _forum.SendAsync(steps.Asker, new SendFaqFeedback(article.Slug, false, FeedbackReason.Outdated, null));
        await _forum.SendAsync(null, new SendFaqFeedback(article.Slug, true, null, Browser));
        await _forum.SendAsync(null, new SendFaqFeedback(article.Slug, true, null, Browser));

        var counts = (await _forum.SendAsync(steps.Staff, new GetFaqArticle(article.Slug), Roles.Staff)).Feedback!;
        Assert.Equal(1, counts.Helpful);
        Assert.Equal(1, counts.NotHelpful);
        Assert.Equal(1, counts.Reasons[FeedbackReason.Outdated]);
        Assert.Null((await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Feedback);
    }

    [Fact]
    public async Task Bad_feedback_is_refused()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(steps.Asker, new SendFaqFeedback(article.Slug, true, FeedbackReason.Confusing, null)));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(steps.Asker, new SendFaqFeedback(article.Slug, false, (FeedbackReason)42, null)));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(null, new SendFaqFeedback(article.Slug, true, null, "'; drop table x --")));
        await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(null, new SendFaqFeedback(article.Slug, true, null, null)));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new SendFaqFeedback("missing", true, null, Browser)));
    }

    [Fact]
    public async Task The_report_lists_the_least_helpful_articles_with_their_reasons()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var good = await steps.PublishedArticleAsync();
        var bad = await steps.PublishedArticleAsync("Two-factor codes are always rejected as invalid");
        await _forum.SendAsync(steps.Asker, new SendFaqFeedback(good.Slug, true, null, null));
        await _forum.SendAsync(steps.Asker, new SendFaqFeedback(bad.Slug, false, FeedbackReason.Confusing, null));
        await _forum.SendAsync(null, new SendFaqFeedback(bad.Slug, false, FeedbackReason.Confusing, Browser));

        var report = await _forum.SendAsync(steps.Staff, new GetFaqReport(), Roles.Staff);

        Assert.Equal([bad.ArticleId, good.ArticleId], report.LeastHelpful.Select(r => r.Id).ToList());
        Assert.Equal(2, report.LeastHelpful[0].Feedback.Reasons[FeedbackReason.Confusing]);
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(steps.Asker, new GetFaqReport()));
    }

    [Fact]
    public async Task Suggestions_offer_matching_faq_articles_first_then_solved_questions()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();
        var solved = await SolvedAsync(steps, "Sync icon stays yellow after a password change");
        // Shares only one word with the title typed below: the full-text match asks for two of its words.
        var loose = await SolvedAsync(steps, "Sync icon stays yellow on my laptop");
        await _forum.AskAsync(steps.Asker, "Sync stopped after a password change, not solved");

        var suggestions = await _forum.SendAsync(null, new SuggestForTitle("my SYNC stopped after a password change"));

        Assert.Equal(SuggestionKind.Faq, suggestions[0].Kind);
        Assert.Equal($"/faq/{article.Slug}", suggestions[0].Url);
        Assert.Contains(suggestions, s => s.Kind == SuggestionKind.Question && s.Id == solved);
        Assert.DoesNotContain(suggestions, s => s.Id == loose && s.Kind == SuggestionKind.Question);
        Assert.DoesNotContain(suggestions, s => s.Title.Contains("not solved"));
        // The thread the article came from is offered as the article only.
        Assert.Single(suggestions, s => s.Title == FaqSteps.SyncTitle);
        Assert.True(suggestions.Count <= 5);
    }

    [Fact]
    public async Task Suggestions_come_from_the_full_text_index_so_other_word_forms_and_the_article_text_match()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();

        // "disconnect" and "device" are not in the article's title, only in its text.
        var suggestions = await _forum.SendAsync(null, new SuggestForTitle("How to disconnect a device"));

        Assert.Equal(article.ArticleId, Assert.Single(suggestions).Id);
    }

    [Fact]
    public async Task Drafts_and_archived_articles_are_never_suggested()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var (_, answer) = await steps.VerifiedAnswerAsync("Calendar reminders arrive twice on the phone");
        await _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(answer, Publish: false), Roles.Staff);
        var archived = await steps.PublishedArticleAsync("Calendar reminders arrive late on the watch");
        await _forum.SendAsync(steps.Staff, new ArchiveFaqArticle(archived.Slug), Roles.Staff);

        Assert.DoesNotContain(await _forum.SendAsync(null, new SuggestForTitle("calendar reminders")), s => s.Kind == SuggestionKind.Faq);
    }

    private async Task<int> SolvedAsync(FaqSteps steps, string title)
    {
        var id = await _forum.AskAsync(steps.Asker, title);
        var answer = await _forum.AnswerAsync(steps.Helper, id, $"{Samples.AnswerBody} ({title})");
        await _forum.SendAsync(steps.Asker, new Features.Answers.AcceptAnswer(answer));
        return id;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("%%%")]
    [InlineData("' OR 1=1 --")]
    [InlineData("_ % [ ] \\")]
    public async Task Suggestions_for_hostile_or_empty_input_are_safe(string query)
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        await steps.PublishedArticleAsync();

        var suggestions = await _forum.SendAsync(null, new SuggestForTitle(query));

        Assert.Empty(suggestions);
    }

    [Fact]
    public async Task Asking_anyway_records_what_the_asker_saw_and_opened_and_the_report_shows_articles_that_fail_to_deflect()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();

        var asked = await _forum.SendAsync(steps.Asker, Samples.Question("Sync still broken after the password reset") with
        {
            SuggestionsSeen = [$"faq:{article.ArticleId}", "question:99999"],
            SuggestionsOpened = [$"faq:{article.ArticleId}"],
        });

        var trail = await _forum.QueryAsync(db => db.AskSuggestions.Where(s => s.QuestionId == asked.Id).ToListAsync());
        var shown = Assert.Single(trail);
        Assert.True(shown.Opened);
        var report = await _forum.SendAsync(steps.Staff, new GetFaqReport(), Roles.Staff);
        var row = Assert.Single(report.FailingToDeflect);
        Assert.Equal((article.ArticleId, 1, 1), (row.Id, row.SeenBeforeAsking, row.OpenedBeforeAsking));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(steps.Asker,
            Samples.Question("Another sync question with bad hidden fields") with { SuggestionsSeen = ["faq:1; drop"] }));
    }
}
