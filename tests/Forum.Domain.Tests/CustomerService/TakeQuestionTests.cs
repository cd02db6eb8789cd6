using Forum.Domain.Common;
using Forum.Domain.Features.Support;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.CustomerService;

/// <summary>Taking a question needs the reputation that manages the queue, and a helper holds at most three at once.</summary>
public sealed class TakeQuestionTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private async Task<List<int>> AskManyAsync(int count)
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
            ids.Add(await _forum.AskAsync(await _forum.CreateMemberAsync($"asker{i}"), $"The export number {(char)('a' + i)} stops at the last page"));
        return ids;
    }

    [Fact]
    public async Task A_member_with_the_starting_reputation_cannot_take_a_question()
    {
        var id = (await AskManyAsync(1))[0];
        var newcomer = await _forum.CreateMemberAsync("newcomer");

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(newcomer, new TakeQuestion(id)));

        Assert.Contains("15 reputation", refused.Message);
        Assert.Null(await _forum.QueryAsync(db => Task.FromResult(db.Questions.Single(q => q.Id == id).TakenById)));
    }

    [Fact]
    public async Task A_helper_holds_three_questions_at_once_and_a_fourth_once_one_is_released_or_runs_out()
    {
        var ids = await AskManyAsync(5);
        var helper = await _forum.CreateMemberAsync("helper", 100);
        foreach (var id in ids.Take(3))
            await _forum.SendAsync(helper, new TakeQuestion(id));

        var refused = await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(helper, new TakeQuestion(ids[3])));
        Assert.Contains("already answering 3 questions", refused.Message);
        await _forum.SendAsync(helper, new TakeQuestion(ids[0])); // taking one of their own again extends it

        await _forum.SendAsync(helper, new ReleaseQuestion(ids[1]));
        await _forum.SendAsync(helper, new TakeQuestion(ids[3]));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(helper, new TakeQuestion(ids[4])));

        _forum.Clock.Advance(TimeSpan.FromMinutes(11));
        await _forum.SendAsync(helper, new TakeQuestion(ids[4]));
        Assert.Equal(1, await _forum.QueryAsync(db => Task.FromResult(db.Questions.AsEnumerable().Count(q => q.IsTakenBy(helper, _forum.Clock.GetUtcNow())))));
    }

    [Fact]
    public async Task Takes_sent_at_the_same_moment_hold_no_more_than_three()
    {
        var ids = await AskManyAsync(6);
        var helper = await _forum.CreateMemberAsync("helper", 100);

        var outcomes = await Task.WhenAll(ids.Select(async id =>
        {
            try
            {
                await _forum.SendAsync(helper, new TakeQuestion(id));
                return true;
            }
            catch (ConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(3, outcomes.Count(taken => taken));
        Assert.Equal(3, await _forum.QueryAsync(db => Task.FromResult(db.Questions.AsEnumerable().Count(q => q.IsTakenBy(helper, _forum.Clock.GetUtcNow())))));
    }
}
