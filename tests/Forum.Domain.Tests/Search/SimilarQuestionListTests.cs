using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Search;
using Forum.Domain.Tests.Harness;
using Forum.Domain.Tests.Moderation;
using Forum.Infrastructure.Persistence;
using Forum.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Domain.Tests.Search;

/// <summary>
/// A question's similar questions are ranked when it is written (<see cref="RankSimilarQuestions"/>, run by a job) and
/// stored; its page only reads them, as they are now.
/// </summary>
public sealed class SimilarQuestionListTests : IDisposable
{
    private readonly ForumHarness _forum;
    private Func<Task>? _whileRanking;

    public SimilarQuestionListTests() =>
        _forum = new ForumHarness(services => services.AddScoped<ISearchIndex>(sp =>
            new WritesWhileRanking(new SqliteSearchIndex(sp.GetRequiredService<ForumDbContext>(), sp.GetRequiredService<SearchCounts>()), TakeWhileRanking)));

    public void Dispose() => _forum.Dispose();

    private Func<Task>? TakeWhileRanking()
    {
        var write = _whileRanking;
        _whileRanking = null;
        return write;
    }

    private async Task<int> AskAsync(string asker, string title) => (await _forum.SendAsync(asker, Samples.Question(title), Roles.Staff)).Id;

    private async Task<IReadOnlyList<int>> SimilarToAsync(int questionId) =>
        (await _forum.SendAsync(null, new FindSimilarQuestions(QuestionId: questionId))).Select(q => q.Id).ToList();

    private Task<EditResult> RetitleAsync(string editor, int questionId, string title) =>
        _forum.SendAsync(editor, new EditQuestion(questionId, title, Samples.Body, null, null));

    [Fact]
    public async Task A_question_page_reads_its_ranked_list_with_its_thread_in_three_commands_and_never_asks_the_search_engine()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var updated = await AskAsync(asker, "Sticky notes vanish after the update");
        var sleeping = await AskAsync(asker, "Sticky notes vanish when the laptop sleeps");
        var current = await AskAsync(asker, "Why do my sticky notes vanish?");
        Assert.Empty(await SimilarToAsync(current));

        await _forum.RankSimilarQuestionsAsync();
        _forum.SqlCommands.Reset();
        var page = await _forum.SendAsync(null, new GetQuestionPage(current));

        Assert.Equal([updated, sleeping], page.Similar.Select(q => q.Id).Order());
        Assert.Equal(3, _forum.SqlCommands.Count);
        Assert.DoesNotContain(_forum.SqlCommands.Commands, c => c.Text.Contains("SearchDocuments", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(page.Similar.Select(q => q.Id), await SimilarToAsync(current));
        Assert.Equal(3, _forum.SqlCommands.Count);
    }

    [Fact]
    public async Task A_new_question_joins_the_lists_of_the_older_questions_like_it()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var older = await AskAsync(asker, "Calendar reminders arrive twice");
        await AskAsync(asker, "Printer driver will not install");
        await _forum.RankSimilarQuestionsAsync();
        Assert.Empty(await SimilarToAsync(older));

        var newer = await AskAsync(asker, "Calendar reminders arrive late");
        await _forum.RankSimilarQuestionsAsync();

        Assert.Equal([older], await SimilarToAsync(newer));
        Assert.Equal([newer], await SimilarToAsync(older));
    }

    [Fact]
    public async Task After_an_edit_no_list_shows_what_the_old_title_matched_and_once_ranked_they_follow_the_new_title()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var edited = await AskAsync(asker, "Sticky notes vanish after the update");
        var notes = await AskAsync(asker, "Sticky notes vanish when the laptop sleeps");
        var printer = await AskAsync(asker, "Printer driver will not install");
        await _forum.RankSimilarQuestionsAsync();
        Assert.Equal([notes], await SimilarToAsync(edited));
        Assert.Equal([edited], await SimilarToAsync(notes));

        await RetitleAsync(asker, edited, "Printer driver crashes after the update");

        // Until ranked again: the edited question's list is not shown, and it is on no list it was ranked into before.
        Assert.Empty(await SimilarToAsync(edited));
        Assert.Empty(await SimilarToAsync(notes));
        await _forum.RankSimilarQuestionsAsync();
        Assert.Equal([printer], await SimilarToAsync(edited));
        Assert.Equal([edited], await SimilarToAsync(printer));
        Assert.Empty(await SimilarToAsync(notes));
    }

    [Fact]
    public async Task A_hidden_held_or_deleted_question_is_on_no_list_and_has_none_of_its_own()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var current = await AskAsync(asker, "Printer driver fails to install on Windows");
        var hidden = await AskAsync(asker, "Printer driver install fails halfway on Windows");
        var deleted = await AskAsync(asker, "Printer driver will not install on Windows 11");
        var held = (await _forum.SendAsync(newcomer, Samples.Question("Printer driver install on Windows never ends",
            body: "The printer driver from https://example.com/driver fails to install on Windows."))).Id;
        var kept = await AskAsync(asker, "Printer driver install on Windows asks for a restart");
        await _forum.RankSimilarQuestionsAsync();
        Assert.Contains(hidden, await SimilarToAsync(current));

        // Moderation ranks nothing again: the lists are read with the visibility rule as it is now.
        await _forum.ModerateAsync(moderator, new HidePost(PostType.Question, hidden, "off-topic"));
        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Question, deleted, "spam"));

        var shown = await SimilarToAsync(current);
        Assert.Contains(kept, shown);
        Assert.DoesNotContain(hidden, shown);
        Assert.DoesNotContain(deleted, shown);
        Assert.DoesNotContain(held, shown);
        Assert.Empty((await _forum.SendAsync(asker, new GetQuestionPage(hidden))).Similar);
        await Assert.ThrowsAsync<NotFoundException>(() => SimilarToAsync(hidden));
        await Assert.ThrowsAsync<NotFoundException>(() => SimilarToAsync(held));
    }

    [Fact]
    public async Task A_question_edited_while_its_list_is_being_ranked_stays_due_and_is_ranked_for_its_new_title()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var edited = await AskAsync(asker, "Sticky notes vanish after the update");
        await AskAsync(asker, "Sticky notes vanish when the laptop sleeps");
        var printer = await AskAsync(asker, "Printer driver will not install");
        _whileRanking = () => RetitleAsync(asker, edited, "Printer driver crashes after the update");

        var first = await _forum.SendAsync(null, new RankSimilarQuestions(1000));

        Assert.Equal(1, first.ChangedMeanwhile);
        Assert.Empty(await SimilarToAsync(edited));
        await _forum.RankSimilarQuestionsAsync();
        Assert.Equal([printer], await SimilarToAsync(edited));
    }

    [Fact]
    public async Task Questions_whose_lists_were_never_ranked_are_marked_due_at_start_up()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var first = await AskAsync(asker, "Calendar reminders arrive twice");
        var second = await AskAsync(asker, "Calendar reminders arrive late");
        // As a question written before lists were stored, or by other means.
        await _forum.QueryAsync(db => db.Questions.ExecuteUpdateAsync(s => s.SetProperty(q => q.SimilarQuestionsDue, (Guid?)null)));

        Assert.Equal(0, (await _forum.SendAsync(null, new RankSimilarQuestions(1000))).Ranked);
        Assert.Equal(2, await _forum.QueryAsync(db => RankSimilarQuestionsHandler.MarkNeverRankedAsync(db, default)));
        Assert.Equal(0, await _forum.QueryAsync(db => RankSimilarQuestionsHandler.MarkNeverRankedAsync(db, default)));
        await _forum.RankSimilarQuestionsAsync();

        Assert.Equal([second], await SimilarToAsync(first));
        Assert.Equal([first], await SimilarToAsync(second));
    }
}
