using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Faq;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Search;
using Forum.Domain.Tests.Harness;
using Forum.Domain.Tests.Moderation;
using Forum.Infrastructure.Persistence;
using Forum.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Domain.Tests.Faq;

/// <summary>
/// An FAQ article's related questions are ranked in the background (<see cref="RankFaqRelatedQuestions"/>, run by a job)
/// and stored; its page only reads them, as the questions are now.
/// </summary>
public sealed class FaqRelatedQuestionsTests : IDisposable
{
    private readonly ForumHarness _forum;
    private readonly FaqSteps _steps;
    private Func<Task>? _whileRanking;
    // The related questions' own asker and helper, with staff's allowances: the steps' members ask and answer for the articles.
    private string _asker = "", _helper = "";

    public FaqRelatedQuestionsTests()
    {
        _forum = new ForumHarness(services => services.AddScoped<ISearchIndex>(sp =>
            new WritesWhileRanking(new SqliteSearchIndex(sp.GetRequiredService<ForumDbContext>(), sp.GetRequiredService<SearchCounts>()), TakeWhileRanking)));
        _steps = new FaqSteps(_forum);
    }

    public void Dispose() => _forum.Dispose();

    private Func<Task>? TakeWhileRanking()
    {
        var write = _whileRanking;
        _whileRanking = null;
        return write;
    }

    private async Task StartAsync()
    {
        await _steps.WithPeopleAsync();
        _asker = await _forum.CreateMemberAsync("solver");
        _helper = await _forum.CreateMemberAsync("solver-helper");
    }

    private async Task<int> SolvedAsync(string title)
    {
        var questionId = (await _forum.SendAsync(_asker, Samples.Question(title, $"{Samples.Body} ({title})"), Roles.Staff)).Id;
        var answer = await _forum.SendAsync(_helper, new PostAnswer(questionId, $"{Samples.AnswerBody} ({title})"), Roles.Staff);
        await _forum.SendAsync(_asker, new AcceptAnswer(answer.Id));
        return questionId;
    }

    private Task<EditResult> RetitleAsync(int questionId, string title) =>
        _forum.SendAsync(_asker, new EditQuestion(questionId, title, $"{Samples.Body} ({title})", null, null), Roles.Staff);

    private async Task<IReadOnlyList<int>> RelatedAsync(string slug) =>
        (await _forum.SendAsync(null, new GetFaqArticle(slug))).RelatedQuestions.Select(q => q.Id).ToList();

    [Fact]
    public async Task An_article_page_reads_its_ranked_list_of_solved_questions_and_never_asks_the_search_engine()
    {
        await StartAsync();
        var phone = await SolvedAsync("Sync stopped on my phone after a password reset");
        var open = await _forum.AskAsync(_steps.Asker, "Sync stopped after the password change, still open");
        var article = await _steps.PublishedArticleAsync();
        Assert.Empty(await RelatedAsync(article.Slug));

        await _forum.RankFaqRelatedQuestionsAsync();
        _forum.SqlCommands.Reset();
        var related = await RelatedAsync(article.Slug);

        Assert.Equal([phone], related);
        Assert.DoesNotContain(open, related);
        Assert.NotEmpty(_forum.SqlCommands.Commands);
        Assert.DoesNotContain(_forum.SqlCommands.Commands, c => c.Text.Contains("SearchDocuments", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, await _forum.QueryAsync(db => db.FaqRelatedQuestions.CountAsync(r => r.ArticleId == article.ArticleId)));
    }

    [Fact]
    public async Task A_question_hidden_or_deleted_leaves_the_page_at_once_and_the_next_one_takes_its_place()
    {
        await StartAsync();
        var moderator = await _forum.CreateMemberAsync("moderator");
        var titles = new[]
        {
            "Sync stopped on my phone after a password reset", "Sync stopped on my tablet after a password reset",
            "Sync stopped on my laptop after a password reset", "Sync stopped on my watch after a password reset",
            "Sync stopped on my desktop after a password reset", "Sync stopped on my car after a password reset",
        };
        var solved = new List<int>();
        foreach (var title in titles)
            solved.Add(await SolvedAsync(title));
        var article = await _steps.PublishedArticleAsync();
        await _forum.RankFaqRelatedQuestionsAsync();
        var shown = await RelatedAsync(article.Slug);
        Assert.Equal(5, shown.Count);
        var (hidden, deleted) = (shown[0], shown[1]);

        // Moderation ranks nothing again: the stored list is read with the visibility rule as it is now.
        await _forum.ModerateAsync(moderator, new HidePost(PostType.Question, hidden, "off-topic"));
        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Question, deleted, "spam"));

        var now = await RelatedAsync(article.Slug);
        Assert.DoesNotContain(hidden, now);
        Assert.DoesNotContain(deleted, now);
        Assert.Equal(solved.Except([hidden, deleted]).Order(), now.Order());
    }

    [Fact]
    public async Task A_retitled_question_leaves_the_lists_it_is_on_until_they_are_ranked_for_its_new_title()
    {
        await StartAsync();
        var phone = await SolvedAsync("Sync stopped on my phone after a password reset");
        var tablet = await SolvedAsync("Sync stopped on my tablet after a password reset");
        var article = await _steps.PublishedArticleAsync();
        await _forum.RankSimilarQuestionsAsync();
        await _forum.RankFaqRelatedQuestionsAsync();
        Assert.Equal([phone, tablet], (await RelatedAsync(article.Slug)).Order());

        await RetitleAsync(phone, "Printer driver will not install after the update");
        await RetitleAsync(tablet, "Sync stopped on my tablet after I changed my password");

        Assert.Empty(await RelatedAsync(article.Slug));
        await _forum.RankSimilarQuestionsAsync();
        await _forum.RankFaqRelatedQuestionsAsync();
        Assert.Equal([tablet], await RelatedAsync(article.Slug));
    }

    [Fact]
    public async Task Questions_solved_later_join_the_list_when_it_is_ranked_again_a_day_after()
    {
        await StartAsync();
        var article = await _steps.PublishedArticleAsync();
        await _forum.RankFaqRelatedQuestionsAsync();
        var later = await SolvedAsync("Sync stopped on my phone after a password reset");

        Assert.Equal(new FaqRelatedQuestionsRanked(0, 0, 0), await _forum.SendAsync(null, new RankFaqRelatedQuestions()));
        Assert.Empty(await RelatedAsync(article.Slug));

        _forum.Clock.Advance(RankFaqRelatedQuestionsHandler.RankedAgainAfter + TimeSpan.FromSeconds(1));
        Assert.Equal(new FaqRelatedQuestionsRanked(1, 0, 1), await _forum.SendAsync(null, new RankFaqRelatedQuestions()));
        Assert.Equal([later], await RelatedAsync(article.Slug));
        Assert.Equal(new FaqRelatedQuestionsRanked(0, 0, 0), await _forum.SendAsync(null, new RankFaqRelatedQuestions()));
    }

    [Fact]
    public async Task Only_the_oldest_lists_are_ranked_again_and_a_batch_with_due_lists_takes_those_first()
    {
        await StartAsync();
        var first = await _steps.PublishedArticleAsync("Sync stopped working after I changed my password");
        await _forum.RankFaqRelatedQuestionsAsync();
        _forum.Clock.Advance(TimeSpan.FromHours(1));
        var second = await _steps.PublishedArticleAsync("Printer driver will not install after the update");
        await _forum.RankFaqRelatedQuestionsAsync();
        _forum.Clock.Advance(RankFaqRelatedQuestionsHandler.RankedAgainAfter);
        var third = await _steps.PublishedArticleAsync("Calendar reminders arrive twice");

        Assert.Equal(new FaqRelatedQuestionsRanked(1, 0, 0), await _forum.SendAsync(null, new RankFaqRelatedQuestions(1)));
        Assert.Equal(new FaqRelatedQuestionsRanked(1, 0, 1), await _forum.SendAsync(null, new RankFaqRelatedQuestions(1)));
        var rankedAt = await _forum.QueryAsync(db => db.FaqArticles.ToDictionaryAsync(a => a.Id, a => a.RelatedQuestionsRankedAt));
        Assert.Equal(_forum.Clock.GetUtcNow(), rankedAt[third.ArticleId]);
        Assert.Equal(_forum.Clock.GetUtcNow(), rankedAt[first.ArticleId]);
        Assert.True(rankedAt[second.ArticleId] < _forum.Clock.GetUtcNow());
    }

    [Fact]
    public async Task An_article_marked_again_while_its_list_is_being_ranked_stays_due_and_is_ranked_again()
    {
        await StartAsync();
        var phone = await SolvedAsync("Sync stopped on my phone after a password reset");
        var article = await _steps.PublishedArticleAsync();
        await _forum.RankSimilarQuestionsAsync();
        await _forum.RankFaqRelatedQuestionsAsync();
        await RetitleAsync(phone, "Sync stopped on my phone after I changed my password");
        await _forum.RankSimilarQuestionsAsync();
        _whileRanking = async () =>
        {
            await RetitleAsync(phone, "Sync stopped on my phone after a new password");
            await _forum.SendAsync(null, new RankSimilarQuestions(1000));
        };

        var first = await _forum.SendAsync(null, new RankFaqRelatedQuestions(1000));

        Assert.Equal(new FaqRelatedQuestionsRanked(0, 1, 0), first);
        Assert.Empty(await RelatedAsync(article.Slug));
        await _forum.RankFaqRelatedQuestionsAsync();
        Assert.Equal([phone], await RelatedAsync(article.Slug));
    }

    [Fact]
    public async Task Articles_whose_lists_were_never_ranked_are_marked_due_at_start_up()
    {
        await StartAsync();
        var phone = await SolvedAsync("Sync stopped on my phone after a password reset");
        var article = await _steps.PublishedArticleAsync();
        // As an article promoted before lists were stored.
        await _forum.QueryAsync(db => db.FaqArticles.ExecuteUpdateAsync(s => s.SetProperty(a => a.RelatedQuestionsDue, (Guid?)null)));

        Assert.Equal(0, (await _forum.SendAsync(null, new RankFaqRelatedQuestions())).Ranked);
        Assert.Equal(1, await _forum.QueryAsync(db => RankFaqRelatedQuestionsHandler.MarkNeverRankedAsync(db, default)));
        Assert.Equal(0, await _forum.QueryAsync(db => RankFaqRelatedQuestionsHandler.MarkNeverRankedAsync(db, default)));
        await _forum.RankFaqRelatedQuestionsAsync();

        Assert.Equal([phone], await RelatedAsync(article.Slug));
    }
}
