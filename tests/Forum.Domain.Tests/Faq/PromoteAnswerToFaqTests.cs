using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Faq;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Faq;

public sealed class PromoteAnswerToFaqTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task Promoting_a_verified_answer_publishes_an_article_that_credits_its_author_who_earns_50()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var (questionId, answerId) = await steps.VerifiedAnswerAsync();

        var promoted = await _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(answerId, Publish: true), Roles.Staff);

        Assert.True(promoted.Created);
        Assert.Equal("sync-stopped-working-after-i-changed-my-password", promoted.Slug);
        Assert.Equal(1 + 25 + 50, await _forum.ReputationOfAsync(steps.Helper));
        var page = await _forum.SendAsync(null, new GetFaqArticle(promoted.Slug));
        Assert.Equal(FaqSteps.SyncTitle, page.Article.Title);
        Assert.Equal("helper", page.Article.BasedOnAnswerBy!.DisplayName);
        Assert.Equal(questionId, page.Article.SourceQuestionId);
        Assert.Contains("## The problem", page.Article.BodyMarkdown);
        Assert.Contains(Samples.Body, page.Article.BodyMarkdown);
        Assert.Contains("Disconnect this device", page.Article.BodyMarkdown);
        var thread = await _forum.SendAsync(null, new GetQuestionPage(questionId));
        Assert.Equal(promoted.Slug, thread.PublishedArticle!.Slug);
    }

    [Fact]
    public async Task Promoting_an_answer_already_in_the_faq_leads_to_that_article()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var (_, answerId) = await steps.VerifiedAnswerAsync();
        var first = await _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(answerId, Publish: true), Roles.Staff);

        var second = await _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(answerId, Publish: true, Title: "Another title for the same answer"), Roles.Staff);

        Assert.False(second.Created);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(1 + 25 + 50, await _forum.ReputationOfAsync(steps.Helper));
        Assert.Equal(1, await _forum.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.FaqArticles)));
    }

    [Fact]
    public async Task Unverified_and_deleted_answers_cannot_be_promoted_and_members_may_not_promote()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var questionId = await _forum.AskAsync(steps.Asker);
        var unverified = await _forum.AnswerAsync(steps.Helper, questionId);
        var (_, verified) = await steps.VerifiedAnswerAsync("Another question about the sync icon");

        var notVerified = await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(unverified, true), Roles.Staff));
        Assert.Contains("staff-verified", notVerified.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(steps.Helper, new PromoteAnswerToFaq(verified, true)));
        await _forum.SendAsync(steps.Helper, new DeleteAnswer(verified));
        var deleted = await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(verified, true), Roles.Staff));
        Assert.Contains("deleted", deleted.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(9999, true), Roles.Staff));
    }

    [Fact]
    public async Task An_answer_hidden_by_a_moderator_cannot_be_promoted()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var (_, verified) = await steps.VerifiedAnswerAsync();
        var moderator = await _forum.CreateMemberAsync("moderator");
        await _forum.SendAsync(moderator, new HidePost(PostType.Answer, verified, "Rude to the asker."), Roles.Moderator);

        var hidden = await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(verified, true), Roles.Staff));

        Assert.Contains("hidden", hidden.Message);
    }

    [Fact]
    public async Task A_draft_is_seen_by_staff_only_and_pays_its_reputation_when_published()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var (_, answerId) = await steps.VerifiedAnswerAsync();

        var draft = await _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(answerId, false, "How to fix sync after a password change", "Open Settings and choose Disconnect this device, then sign in again.", "mobile-app", ""), Roles.Staff);

        Assert.Equal(1 + 25, await _forum.ReputationOfAsync(steps.Helper));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetFaqArticle(draft.Slug)));
        Assert.Equal(0, (await _forum.SendAsync(steps.Asker, new ListFaq())).Total);
        var asStaff = await _forum.SendAsync(steps.Staff, new GetFaqArticle(draft.Slug), Roles.Staff);
        Assert.True(asStaff.Article.IsDraft);
        Assert.Equal("mobile-app", asStaff.Article.CategorySlug);
        Assert.Equal("Open Settings and choose Disconnect this device, then sign in again.", asStaff.Article.BodyMarkdown);

        await _forum.SendAsync(steps.Staff, new PublishFaqArticle(draft.Slug), Roles.Staff);
        await _forum.SendAsync(steps.Staff, new PublishFaqArticle(draft.Slug), Roles.Staff);

        Assert.Equal(1 + 25 + 50, await _forum.ReputationOfAsync(steps.Helper));
        Assert.Equal(1, (await _forum.SendAsync(null, new ListFaq())).Total);
    }

    [Fact]
    public async Task Articles_with_the_same_title_get_distinct_addresses()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();

        var first = await steps.PublishedArticleAsync();
        var second = await steps.PublishedArticleAsync();

        Assert.Equal(first.Slug + "-2", second.Slug);
    }

    [Fact]
    public async Task Bad_promotion_input_is_a_validation_error()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var (_, answerId) = await steps.VerifiedAnswerAsync();

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(answerId, true, Title: "short"), Roles.Staff));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(answerId, true, Body: new string('x', 40_000)), Roles.Staff));
        await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(steps.Staff, new PromoteAnswerToFaq(answerId, true, Category: "no-such-category"), Roles.Staff));
        Assert.Equal(0, (await _forum.SendAsync(steps.Staff, new ListFaq(), Roles.Staff)).Total);
    }

    [Fact]
    public async Task Archived_articles_leave_the_index_and_say_so()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();

        await _forum.SendAsync(steps.Staff, new ArchiveFaqArticle(article.Slug), Roles.Staff);

        Assert.Equal(0, (await _forum.SendAsync(null, new ListFaq())).Total);
        var page = await _forum.SendAsync(null, new GetFaqArticle(article.Slug));
        Assert.True(page.Article.IsArchived);
        Assert.Equal("", page.Article.BodyHtml);
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(steps.Helper, new ArchiveFaqArticle(article.Slug)));
    }
}
