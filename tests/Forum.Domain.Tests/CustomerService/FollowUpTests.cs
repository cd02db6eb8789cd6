using System.Text.RegularExpressions;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Support;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.CustomerService;

public sealed class FollowUpTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private async Task<(string Asker, string Helper, int Question)> SolvedQuestionAsync()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper", reputation: 100);
        var id = await _forum.AskAsync(asker);
        await _forum.SendAsync(asker, new AcceptAnswer(await _forum.AnswerAsync(helper, id)));
        return (asker, helper, id);
    }

    private Task<string> FollowUpEmailAsync(string asker) =>
        _forum.QueryAsync(db => db.OutboxMessages.Where(m => m.MemberId == asker && m.Subject.Contains("still solved")).Select(m => m.HtmlBody).SingleAsync());

    private static string TokenIn(string emailBody) =>
        Uri.UnescapeDataString(Regex.Match(emailBody, "token=([^&\"]+)&amp;stillSolved=true").Groups[1].Value);

    [Fact]
    public async Task Three_days_after_a_solution_the_asker_is_asked_once_whether_it_is_still_solved()
    {
        var (asker, _, id) = await SolvedQuestionAsync();

        _forum.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await _forum.SendAsync(null, new SendDueFollowUps()));
        _forum.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _forum.SendAsync(null, new SendDueFollowUps()));
        Assert.Equal(0, await _forum.SendAsync(null, new SendDueFollowUps()));

        var notification = (await _forum.SendAsync(asker, new ListNotifications())).Items[0];
        Assert.Equal(NotificationKind.FollowUp, notification.Kind);
        Assert.EndsWith("#follow-up", notification.Url);
        var email = await FollowUpEmailAsync(asker);
        Assert.Contains($"/questions/{id}/follow-up?token=", email);
        Assert.Contains("stillSolved=false", email);
        Assert.True((await _forum.SendAsync(asker, new GetQuestionSupport(id))).FollowUpAwaitsAnswer);
    }

    [Fact]
    public async Task No_from_the_email_link_reopens_the_question_into_the_queue_at_the_top_with_a_note()
    {
        var (asker, helper, id) = await SolvedQuestionAsync();
        var other = await _forum.CreateMemberAsync("other");
        _forum.Clock.Advance(TimeSpan.FromDays(3));
        await _forum.SendAsync(null, new SendDueFollowUps());
        await _forum.AskAsync(other, "A question asked much later on");
        var token = TokenIn(await FollowUpEmailAsync(asker));

        var result = await _forum.SendAsync(null, new AnswerFollowUp(id, StillSolved: false, token));

        Assert.Equal((FollowUpOutcome.NotSolved, QuestionStatus.Open), (result.Outcome, result.Status));
        var top = (await _forum.SendAsync(helper, new GetNeedsAttention())).Items[0];
        Assert.Equal((id, true), (top.Id, top.IsBackInQueue));
        Assert.Contains("no longer solves", top.SupportNote);
    }

    [Fact]
    public async Task A_follow_up_link_works_once()
    {
        var (asker, _, id) = await SolvedQuestionAsync();
        _forum.Clock.Advance(TimeSpan.FromDays(3));
        await _forum.SendAsync(null, new SendDueFollowUps());
        var token = TokenIn(await FollowUpEmailAsync(asker));

        var yes = await _forum.SendAsync(null, new AnswerFollowUp(id, StillSolved: true, token));

        Assert.Equal((FollowUpOutcome.StillSolved, QuestionStatus.Solved), (yes.Outcome, yes.Status));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(null, new AnswerFollowUp(id, StillSolved: false, token)));
    }

    [Fact]
    public async Task Expired_forged_or_borrowed_links_are_refused()
    {
        var (asker, _, id) = await SolvedQuestionAsync();
        var (_, _, otherQuestion) = await SolvedQuestionAsync();
        _forum.Clock.Advance(TimeSpan.FromDays(3));
        await _forum.SendAsync(null, new SendDueFollowUps());
        var token = TokenIn(await FollowUpEmailAsync(asker));

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(null, new AnswerFollowUp(id, true, token[..^4] + "AAAA")));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(null, new AnswerFollowUp(id, true, "not a token at all")));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(null, new AnswerFollowUp(otherQuestion, true, token)));
        _forum.Clock.Advance(TimeSpan.FromDays(15));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(null, new AnswerFollowUp(id, true, token)));
    }

    [Fact]
    public async Task Signed_in_only_the_asker_answers_the_follow_up()
    {
        var (asker, helper, id) = await SolvedQuestionAsync();
        _forum.Clock.Advance(TimeSpan.FromDays(3));

        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(asker, new AnswerFollowUp(id, true)));
        await _forum.SendAsync(null, new SendDueFollowUps());
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _forum.SendAsync(null, new AnswerFollowUp(id, true)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(helper, new AnswerFollowUp(id, true)));
        Assert.Equal(FollowUpOutcome.StillSolved, (await _forum.SendAsync(asker, new AnswerFollowUp(id, true))).Outcome);
    }

    [Fact]
    public async Task The_asker_rates_the_help_after_accepting_and_nobody_else_can()
    {
        var (asker, helper, id) = await SolvedQuestionAsync();
        var open = await _forum.AskAsync(asker, "Another question not yet solved");

        var rating = await _forum.SendAsync(asker, new RateHelp(id, 5, "Quick and clear, thank you!"));

        Assert.Equal((5, "Quick and clear, thank you!"), (rating.Rating, rating.Comment));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(helper, new RateHelp(id, 1, null)));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(asker, new RateHelp(open, 4, null)));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(asker, new RateHelp(id, 6, null)));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(asker, new RateHelp(id, 3, new string('x', 1001))));
    }
}
