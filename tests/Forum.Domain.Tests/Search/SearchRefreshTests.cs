using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Search;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Search;

/// <summary>
/// A change to a question or its answers queues its search document in the change's own transaction
/// (<see cref="SearchRefresh"/>); the follow-up work rebuilds it a moment later, once, from what is visible then,
/// and nothing committed is lost if the forum stops in between.
/// </summary>
public sealed class SearchRefreshTests : IDisposable
{
    private readonly ForumHarness _forum = new() { RunsFollowUpWork = false };

    public void Dispose() => _forum.Dispose();

    private async Task<IReadOnlyList<int>> FoundAsync(string query) =>
        (await _forum.SendAsync(null, new SearchForum(query, null, null, null, null, 1, 20))).Results.Select(r => r.Id).ToList();

    private Task<int> QueuedAsync() => _forum.QueryAsync(db => db.SearchRefreshes.CountAsync());

    [Fact]
    public async Task An_answer_is_found_once_the_follow_up_work_rebuilds_its_question_document_even_after_a_restart()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        await _forum.RunFollowUpWorkAsync();

        await _forum.AnswerAsync(helper, id, "Turning off the quokka accelerator in the settings fixed it.");
        Assert.Empty(await FoundAsync("quokka accelerator"));
        Assert.Equal(1, await QueuedAsync());

        _forum.Restart();
        Assert.Equal(1, await _forum.SendAsync(null, new RefreshSearchDocuments()));

        Assert.Equal([id], await FoundAsync("quokka accelerator"));
        Assert.Equal(0, await QueuedAsync());
        Assert.Equal(0, await _forum.SendAsync(null, new RefreshSearchDocuments()));
    }

    [Fact]
    public async Task Rebuilds_at_the_same_moment_write_each_document_once_and_leave_nothing_queued()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var questions = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var id = await _forum.AskAsync(asker, $"Sync number {i} stops on the tablet");
            _forum.Clock.Advance(TimeSpan.FromMinutes(1));
            await _forum.AnswerAsync(helper, id, $"Idea {i}: sign out and in again, the wallaby{i} token expires.");
            questions.Add(id);
        }
        Assert.Equal(10, await QueuedAsync());

        var taken = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _forum.SendAsync(null, new RefreshSearchDocuments(Max: 3))));

        Assert.Equal(10, taken.Sum() + await _forum.SendAsync(null, new RefreshSearchDocuments()));
        Assert.Equal(0, await QueuedAsync());
        Assert.Equal(5, await _forum.QueryAsync(db => db.SearchDocuments.CountAsync(d => d.QuestionId != null && questions.Contains(d.QuestionId.Value))));
        for (var i = 0; i < 5; i++)
            Assert.Equal([questions[i]], await FoundAsync($"wallaby{i}"));
    }

    [Fact]
    public async Task A_question_hidden_before_its_rebuild_is_not_found()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker, "Numbat stickers are missing from the panel");
        await _forum.SendAsync(moderator, new HidePost(PostType.Question, id, "Spam."), Roles.Moderator);

        await _forum.RunFollowUpWorkAsync();

        Assert.Empty(await FoundAsync("numbat"));
        Assert.Equal(0, await QueuedAsync());
    }

    [Fact]
    public async Task A_question_is_ranked_for_similar_questions_once_its_document_is_rebuilt_so_older_lists_find_it()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var older = await _forum.AskAsync(asker, "Harmonica tuner forgets the calibration");
        await _forum.RunFollowUpWorkAsync();
        await _forum.RankSimilarQuestionsAsync();
        var asked = await _forum.AskAsync(asker, "Harmonica tuner calibration lost on every start");

        await _forum.RankSimilarQuestionsAsync();
        Assert.NotNull(await _forum.QueryAsync(db => db.Questions.Where(q => q.Id == asked).Select(q => q.SimilarQuestionsDue).SingleAsync()));

        await _forum.RunFollowUpWorkAsync();
        await _forum.RankSimilarQuestionsAsync();
        var lists = await _forum.QueryAsync(db => db.SimilarQuestionLinks.Where(l => l.QuestionId == older || l.QuestionId == asked)
            .Select(l => new { l.QuestionId, l.SimilarQuestionId }).ToListAsync());
        Assert.Contains(lists, l => l.QuestionId == asked && l.SimilarQuestionId == older);
        Assert.Contains(lists, l => l.QuestionId == older && l.SimilarQuestionId == asked);
    }
}
