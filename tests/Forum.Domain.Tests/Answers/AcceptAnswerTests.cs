using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Questions;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Answers;

public sealed class AcceptAnswerTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task Asker_accepts_an_answer_the_question_is_solved_and_both_earn_reputation()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(helper, id);

        await _forum.SendAsync(asker, new AcceptAnswer(answer));

        var page = await _forum.SendAsync(null, new GetQuestionPage(id));
        Assert.Equal(QuestionStatus.Solved, page.Question.Status);
        Assert.Equal(answer, page.Question.AcceptedAnswerId);
        Assert.Equal(1 + 15, await _forum.ReputationOfAsync(helper));
        Assert.Equal(1 + 2, await _forum.ReputationOfAsync(asker));
    }

    [Fact]
    public async Task Accepting_the_same_answer_twice_counts_once()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var answer = await _forum.AnswerAsync(helper, await _forum.AskAsync(asker));

        await _forum.SendAsync(asker, new AcceptAnswer(answer));
        await _forum.SendAsync(asker, new AcceptAnswer(answer));

        Assert.Equal(16, await _forum.ReputationOfAsync(helper));
    }

    [Fact]
    public async Task Switching_the_accepted_answer_moves_the_reputation()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var first = await _forum.CreateMemberAsync("first");
        var second = await _forum.CreateMemberAsync("second");
        var id = await _forum.AskAsync(asker);
        var firstAnswer = await _forum.AnswerAsync(first, id);
        var secondAnswer = await _forum.AnswerAsync(second, id);

        await _forum.SendAsync(asker, new AcceptAnswer(firstAnswer));
        await _forum.SendAsync(asker, new AcceptAnswer(secondAnswer));

        Assert.Equal(1, await _forum.ReputationOfAsync(first));
        Assert.Equal(16, await _forum.ReputationOfAsync(second));
        Assert.Equal(3, await _forum.ReputationOfAsync(asker));
        var page = await _forum.SendAsync(null, new GetQuestionPage(id));
        Assert.Equal(secondAnswer, page.Answers[0].Id);
        Assert.True(page.Answers[0].IsAccepted);
    }

    [Fact]
    public async Task Withdrawing_the_acceptance_reopens_the_question_and_reverses_the_reputation()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(helper, id);
        await _forum.SendAsync(asker, new AcceptAnswer(answer));

        await _forum.SendAsync(asker, new WithdrawAcceptance(answer));

        Assert.Equal(QuestionStatus.Open, (await _forum.SendAsync(null, new GetQuestionPage(id))).Question.Status);
        Assert.Equal(1, await _forum.ReputationOfAsync(helper));
        Assert.Equal(1, await _forum.ReputationOfAsync(asker));
        var ledger = await _forum.QueryAsync(db => db.ReputationEvents.Where(e => e.MemberId == helper).OrderBy(e => e.Id).Select(e => e.Amount).ToListAsync());
        Assert.Equal([15, -15], ledger);
    }

    [Fact]
    public async Task Only_the_asker_can_accept()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var answer = await _forum.AnswerAsync(helper, await _forum.AskAsync(asker));

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(helper, new AcceptAnswer(answer)));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _forum.SendAsync(null, new AcceptAnswer(answer)));
    }

    [Fact]
    public async Task Accepting_ones_own_answer_solves_the_question_but_earns_nothing()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(asker, id, "I found it myself: the graphics driver needed an update.");

        await _forum.SendAsync(asker, new AcceptAnswer(answer));

        Assert.Equal(QuestionStatus.Solved, (await _forum.SendAsync(null, new GetQuestionPage(id))).Question.Status);
        Assert.Equal(1, await _forum.ReputationOfAsync(asker));
    }

    [Fact]
    public async Task An_accepted_answer_cannot_be_deleted()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var answer = await _forum.AnswerAsync(helper, await _forum.AskAsync(asker));
        await _forum.SendAsync(asker, new AcceptAnswer(answer));

        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(helper, new DeleteAnswer(answer)));
    }
}
