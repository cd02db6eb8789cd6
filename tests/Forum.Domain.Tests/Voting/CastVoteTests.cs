using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Voting;

public sealed class CastVoteTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task An_upvote_raises_the_score_and_gives_the_author_10()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 15);
        var id = await _forum.AskAsync(asker);

        var result = await _forum.SendAsync(voter, new CastVote(PostType.Question, id, 1));

        Assert.Equal(new VoteResult(1, 1), result);
        Assert.Equal(11, await _forum.ReputationOfAsync(asker));
        Assert.Equal(15, await _forum.ReputationOfAsync(voter));
    }

    [Fact]
    public async Task Voting_up_needs_15_reputation_and_voting_down_needs_125()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var newcomer = await _forum.CreateMemberAsync("newcomer", reputation: 14);
        var regular = await _forum.CreateMemberAsync("regular", reputation: 124);
        var id = await _forum.AskAsync(asker);

        var up = await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(newcomer, new CastVote(PostType.Question, id, 1)));
        var down = await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(regular, new CastVote(PostType.Question, id, -1)));

        Assert.Contains("15", up.Message);
        Assert.Contains("125", down.Message);
        Assert.Equal(0, await _forum.QueryAsync(db => db.Votes.CountAsync()));
    }

    [Fact]
    public async Task A_downvote_on_an_answer_costs_the_author_2_and_the_voter_1()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper", reputation: 50);
        var critic = await _forum.CreateMemberAsync("critic", reputation: 200);
        var answer = await _forum.AnswerAsync(helper, await _forum.AskAsync(asker));

        await _forum.SendAsync(critic, new CastVote(PostType.Answer, answer, -1));

        Assert.Equal(48, await _forum.ReputationOfAsync(helper));
        Assert.Equal(199, await _forum.ReputationOfAsync(critic));
    }

    [Fact]
    public async Task Changing_a_vote_reverses_the_old_one_and_retracting_restores_everything()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper", reputation: 50);
        var voter = await _forum.CreateMemberAsync("voter", reputation: 200);
        var answer = await _forum.AnswerAsync(helper, await _forum.AskAsync(asker));

        await _forum.SendAsync(voter, new CastVote(PostType.Answer, answer, 1));
        Assert.Equal(60, await _forum.ReputationOfAsync(helper));

        var changed = await _forum.SendAsync(voter, new CastVote(PostType.Answer, answer, -1));
        Assert.Equal(new VoteResult(-1, -1), changed);
        Assert.Equal(48, await _forum.ReputationOfAsync(helper));
        Assert.Equal(199, await _forum.ReputationOfAsync(voter));

        var retracted = await _forum.SendAsync(voter, new CastVote(PostType.Answer, answer, 0));
        Assert.Equal(new VoteResult(0, 0), retracted);
        Assert.Equal(50, await _forum.ReputationOfAsync(helper));
        Assert.Equal(200, await _forum.ReputationOfAsync(voter));
        Assert.Equal(0, await _forum.QueryAsync(db => db.Votes.CountAsync()));
    }

    [Fact]
    public async Task Voting_the_same_way_twice_counts_once()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 15);
        var id = await _forum.AskAsync(asker);

        await _forum.SendAsync(voter, new CastVote(PostType.Question, id, 1));
        var again = await _forum.SendAsync(voter, new CastVote(PostType.Question, id, 1));

        Assert.Equal(1, again.Score);
        Assert.Equal(11, await _forum.ReputationOfAsync(asker));
    }

    [Fact]
    public async Task Nobody_votes_on_their_own_post()
    {
        var asker = await _forum.CreateMemberAsync("asker", reputation: 500);
        var id = await _forum.AskAsync(asker);

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(asker, new CastVote(PostType.Question, id, 1)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-5)]
    public async Task A_vote_other_than_minus_one_zero_or_one_is_refused(int value)
    {
        var voter = await _forum.CreateMemberAsync("voter", reputation: 500);
        var id = await _forum.AskAsync(await _forum.CreateMemberAsync("asker"));

        await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(voter, new CastVote(PostType.Question, id, value)));
    }

    [Fact]
    public async Task Votes_on_unknown_posts_are_not_found()
    {
        var voter = await _forum.CreateMemberAsync("voter", reputation: 500);

        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(voter, new CastVote(PostType.Answer, 404, 1)));
    }

    [Fact]
    public async Task The_sixth_vote_in_a_minute_is_refused()
    {
        var voter = await _forum.CreateMemberAsync("voter", reputation: 500);
        var asker = await _forum.CreateMemberAsync("asker");
        var ids = new List<int>();
        for (var i = 0; i < 6; i++)
            ids.Add(await _forum.SendAsync(asker, Samples.Question(title: $"Blank window problem number {i}"), Roles.Staff).ContinueWith(t => t.Result.Id));
        for (var i = 0; i < 5; i++)
            await _forum.SendAsync(voter, new CastVote(PostType.Question, ids[i], 1));

        await Assert.ThrowsAsync<RateLimitedException>(() => _forum.SendAsync(voter, new CastVote(PostType.Question, ids[5], 1)));
    }

    [Fact]
    public async Task The_question_page_shows_the_viewers_own_votes()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 200);
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(asker, id, "Some more details about my setup and the problem.");
        await _forum.SendAsync(voter, new CastVote(PostType.Question, id, 1));
        await _forum.SendAsync(voter, new CastVote(PostType.Answer, answer, -1));

        var page = await _forum.SendAsync(voter, new GetQuestionPage(id));

        Assert.Equal(1, page.Viewer.VoteOn(PostType.Question, id));
        Assert.Equal(-1, page.Viewer.VoteOn(PostType.Answer, answer));
        Assert.True(page.Viewer.CanVoteDown);
    }
}
