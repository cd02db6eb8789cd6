using System.Net;
using System.Net.Http.Json;
using Forum.Domain.Common;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>
/// What a question page sends to the database. A first view (nothing cached) costs a fixed, small number of commands
/// whatever the thread holds: its similar questions were ranked when it was written and are read with it.
/// </summary>
public sealed class QuestionPageCommandsTests(CountingForum forum) : IClassFixture<CountingForum>
{
    private async Task<(int Id, string Url)> ThreadAsync(string title, int answers)
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var id = await staff.AskAsync(ApiCalls.NewQuestion(title, tags: ["startup", "sync"]));
        var helper = await forum.SignedInClientAsync("moderator@forum.local");
        for (var i = 0; i < answers; i++)
            await helper.AnswerAsync(id, $"Answer number {i}: delete the cache folder while the app is closed, then restart it.");
        return (id, $"/questions/{id}/{Text.Slugify(title)}");
    }

    [Fact]
    public async Task A_first_view_sends_three_commands_whatever_the_thread_holds_and_never_asks_the_search_engine()
    {
        var (_, smallUrl) = await ThreadAsync("Ringtone volume resets after the night mode ends", answers: 1);
        var (_, largeUrl) = await ThreadAsync("Ringtone volume resets after every restart of the phone", answers: 12);
        await forum.RankSimilarQuestionsAsync();
        // The answers' notifications are committed now, not by the forum's worker between the two views of the page.
        await forum.RunFollowUpWorkAsync();
        var visitor = forum.CreateClient();

        var large = await forum.CommandsOfAsync(visitor, largeUrl);
        var small = await forum.CommandsOfAsync(visitor, smallUrl);

        // The thread with its answers, its tags, then its FAQ articles and similar questions together.
        Assert.Equal(3, large.Count);
        Assert.Equal(3, small.Count);
        Assert.DoesNotContain(large.Concat(small), c => c.Contains("SearchDocuments", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await forum.CommandsOfAsync(visitor, largeUrl));
        var page = await visitor.GetStringAsync(smallUrl);
        Assert.Contains("Similar questions", page);
        Assert.Contains("Ringtone volume resets after every restart of the phone", page);
    }

    [Fact]
    public async Task An_edited_question_leaves_the_similar_questions_of_other_pages_at_once_and_returns_where_its_new_title_belongs()
    {
        var (_, notesUrl) = await ThreadAsync("Sticky notes vanish when the laptop sleeps", answers: 0);
        var (edited, _) = await ThreadAsync("Sticky notes vanish after the update", answers: 0);
        var (_, printerUrl) = await ThreadAsync("Printer driver will not install", answers: 0);
        await forum.RankSimilarQuestionsAsync();
        var visitor = forum.CreateClient();
        Assert.Contains("Sticky notes vanish after the update", await visitor.GetStringAsync(notesUrl));

        var staff = await forum.SignedInClientAsync("staff@forum.local");
        (await staff.PutAsJsonAsync($"/api/v1/questions/{edited}", new { title = "Printer driver crashes after the update", body = ApiCalls.Body })).EnsureSuccessStatusCode();

        Assert.DoesNotContain("Printer driver crashes after the update", await visitor.GetStringAsync(notesUrl));
        await forum.RankSimilarQuestionsAsync();
        Assert.Contains("Printer driver crashes after the update", await visitor.GetStringAsync(printerUrl));
        Assert.DoesNotContain("Printer driver crashes after the update", await visitor.GetStringAsync(notesUrl));
    }
}
