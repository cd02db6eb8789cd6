using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Reputation;

public sealed class ReputationLedgerTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task Votes_earn_at_most_200_a_day_but_accepted_answers_are_not_capped()
    {
        var helper = await _forum.CreateMemberAsync("helper");
        var asker = await _forum.CreateMemberAsync("asker");
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(helper, id);
        for (var i = 0; i < 21; i++)
        {
            var voter = await _forum.CreateMemberAsync($"voter{i}", reputation: 20);
            await _forum.SendAsync(voter, new CastVote(PostType.Answer, answer, 1));
        }
        Assert.Equal(1 + 200, await _forum.ReputationOfAsync(helper));

        await _forum.SendAsync(asker, new AcceptAnswer(answer));
        Assert.Equal(1 + 200 + 15, await _forum.ReputationOfAsync(helper));

        _forum.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await _forum.CreateMemberAsync("tomorrow", reputation: 20);
        await _forum.SendAsync(tomorrow, new CastVote(PostType.Answer, answer, 1));
        Assert.Equal(1 + 200 + 15 + 10, await _forum.ReputationOfAsync(helper));
    }

    [Fact]
    public async Task Reputation_never_falls_below_1_and_a_reversal_gives_back_only_what_was_taken()
    {
        var helper = await _forum.CreateMemberAsync("helper", reputation: 2);
        var critic = await _forum.CreateMemberAsync("critic", reputation: 500);
        var answer = await _forum.AnswerAsync(helper, await _forum.AskAsync(await _forum.CreateMemberAsync("asker")));

        await _forum.SendAsync(critic, new CastVote(PostType.Answer, answer, -1));
        Assert.Equal(1, await _forum.ReputationOfAsync(helper));

        await _forum.SendAsync(critic, new CastVote(PostType.Answer, answer, 0));
        Assert.Equal(2, await _forum.ReputationOfAsync(helper));
    }

    [Fact]
    public async Task The_cached_reputation_always_equals_1_plus_the_ledger_sum()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 300);
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(helper, id);
        await _forum.SendAsync(voter, new CastVote(PostType.Question, id, -1));
        await _forum.SendAsync(voter, new CastVote(PostType.Answer, answer, 1));
        await _forum.SendAsync(asker, new AcceptAnswer(answer));
        await _forum.SendAsync(voter, new CastVote(PostType.Question, id, 1));
        await _forum.SendAsync(asker, new WithdrawAcceptance(answer));

        foreach (var member in new[] { asker, helper, voter })
        {
            var sum = await _forum.QueryAsync(db => db.ReputationEvents.Where(e => e.MemberId == member).SumAsync(e => e.Amount));
            Assert.Equal(Member.StartingReputation + sum, await _forum.ReputationOfAsync(member));
        }
        Assert.Equal(11, await _forum.ReputationOfAsync(asker));
        Assert.Equal(11, await _forum.ReputationOfAsync(helper));
    }

    [Fact]
    public async Task Deleting_an_upvoted_answer_takes_back_its_reputation()
    {
        var helper = await _forum.CreateMemberAsync("helper");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 20);
        var answer = await _forum.AnswerAsync(helper, await _forum.AskAsync(await _forum.CreateMemberAsync("asker")));
        await _forum.SendAsync(voter, new CastVote(PostType.Answer, answer, 1));

        await _forum.SendAsync(helper, new DeleteAnswer(answer));

        Assert.Equal(1, await _forum.ReputationOfAsync(helper));
    }
}
