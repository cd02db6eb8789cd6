using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Questions;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Faq;

public sealed class VerifyAnswerTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task Staff_verify_an_answer_and_its_author_earns_25()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();

        var (questionId, answerId) = await steps.VerifiedAnswerAsync();

        Assert.Equal(1 + 25, await _forum.ReputationOfAsync(steps.Helper));
        var page = await _forum.SendAsync(null, new GetQuestionPage(questionId));
        Assert.True(page.Answers.Single(a => a.Id == answerId).IsVerified);
    }

    [Fact]
    public async Task Verifying_twice_counts_once_and_withdrawing_reverses_the_reputation()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var (_, answerId) = await steps.VerifiedAnswerAsync();
        await _forum.SendAsync(steps.Staff, new VerifyAnswer(answerId), Roles.Staff);

        var otherStaff = await _forum.CreateMemberAsync("other-staff");
        var result = await _forum.SendAsync(otherStaff, new WithdrawVerification(answerId), Roles.Staff);

        Assert.False(result.IsVerified);
        Assert.Equal(1, await _forum.ReputationOfAsync(steps.Helper));
        var ledger = await _forum.QueryAsync(db => db.ReputationEvents.Where(e => e.MemberId == steps.Helper).OrderBy(e => e.Id).Select(e => e.Amount).ToListAsync());
        Assert.Equal([25, -25], ledger);
    }

    [Fact]
    public async Task Members_and_moderators_cannot_verify_or_withdraw()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var answerId = await _forum.AnswerAsync(steps.Helper, await _forum.AskAsync(steps.Asker));

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(steps.Asker, new VerifyAnswer(answerId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(steps.Asker, new VerifyAnswer(answerId), Roles.Moderator));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(steps.Asker, new WithdrawVerification(answerId)));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _forum.SendAsync(null, new VerifyAnswer(answerId)));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(steps.Staff, new VerifyAnswer(answerId + 100), Roles.Staff));
    }

    [Fact]
    public async Task Staff_verifying_their_own_answer_earn_nothing()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var answerId = await _forum.AnswerAsync(steps.Staff, await _forum.AskAsync(steps.Asker));

        await _forum.SendAsync(steps.Staff, new VerifyAnswer(answerId), Roles.Staff);

        Assert.Equal(1, await _forum.ReputationOfAsync(steps.Staff));
    }

    [Fact]
    public async Task The_verified_answer_stands_right_after_the_accepted_one()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var voter = await _forum.CreateMemberAsync("voter", 200);
        var questionId = await _forum.AskAsync(steps.Asker);
        var popular = await _forum.AnswerAsync(await _forum.CreateMemberAsync("popular"), questionId, "Reinstall the app from the website and sign in again.");
        var verified = await _forum.AnswerAsync(steps.Helper, questionId, "Disconnect this device in Settings, then sign in again.");
        var accepted = await _forum.AnswerAsync(await _forum.CreateMemberAsync("accepted"), questionId, "Restart the computer, then open the app again.");
        await _forum.SendAsync(voter, new Features.Voting.CastVote(PostType.Answer, popular, 1));
        await _forum.SendAsync(steps.Staff, new VerifyAnswer(verified), Roles.Staff);
        await _forum.SendAsync(steps.Asker, new AcceptAnswer(accepted));

        var page = await _forum.SendAsync(null, new GetQuestionPage(questionId));

        Assert.Equal([accepted, verified, popular], page.Answers.Select(a => a.Id).ToList());
    }
}
