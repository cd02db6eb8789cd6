using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Support;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.CustomerService;

public sealed class NeedsAttentionTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private Task<NeedsAttentionQueue> QueueAsync(string helper, string? category = null) => _forum.SendAsync(helper, new GetNeedsAttention(category));

    [Fact]
    public async Task Staff_set_a_members_tier_and_later_questions_keep_the_tier_they_were_asked_with()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var before = await _forum.AskAsync(asker, "Asked while on the standard tier");

        var result = await _forum.SendAsync(asker, new SetMemberTier(asker, SupportTier.Priority), Roles.Staff);
        var after = await _forum.AskAsync(asker, "Asked while on the priority tier");

        Assert.Equal(SupportTier.Priority, result.Tier);
        Assert.Equal(SupportTier.Standard, (await _forum.SendAsync(null, new GetQuestionPage(before))).Question.AskerTier);
        Assert.Equal(SupportTier.Priority, (await _forum.SendAsync(null, new GetQuestionPage(after))).Question.AskerTier);
    }

    [Fact]
    public async Task Members_who_are_not_staff_cannot_change_tiers()
    {
        var member = await _forum.CreateMemberAsync("member", reputation: 5000);

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(member, new SetMemberTier(member, SupportTier.Priority), Roles.Moderator));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(member, new SetMemberTier("nobody", SupportTier.Priority), Roles.Staff));
    }

    [Fact]
    public async Task The_queue_puts_priority_first_then_the_longest_past_target_and_answered_but_unsolved_last()
    {
        var standard = await _forum.CreateMemberAsync("standard");
        var priority = await _forum.CreateMemberAsync("priority");
        var helper = await _forum.CreateMemberAsync("helper", reputation: 100);
        await _forum.SetTierAsync(priority, SupportTier.Priority);

        var oldStandard = await _forum.AskAsync(standard, "An old standard question here");
        _forum.Clock.Advance(TimeSpan.FromMinutes(5));
        var answeredStandard = await _forum.AskAsync(standard, "An answered standard question");
        await _forum.AnswerAsync(helper, answeredStandard);
        _forum.Clock.Advance(TimeSpan.FromMinutes(5));
        var newStandard = await _forum.AskAsync(standard, "A newer standard question here");
        _forum.Clock.Advance(TimeSpan.FromMinutes(5));
        var priorityQuestion = await _forum.AskAsync(priority, "A fresh priority question here");
        _forum.Clock.Advance(TimeSpan.FromMinutes(20));

        var queue = await QueueAsync(helper);

        Assert.Equal([priorityQuestion, oldStandard, newStandard, answeredStandard], queue.Items.Select(i => i.Id));
        var top = queue.Items[0];
        Assert.Equal((TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(10), true), (top.Waiting, top.PastTarget!.Value, top.IsOverdue));
        var old = queue.Items[1];
        Assert.Equal((TimeSpan.FromMinutes(35), TimeSpan.FromMinutes(5), true), (old.Waiting, old.PastTarget!.Value, old.IsOverdue));
        Assert.False(queue.Items[2].IsOverdue);
        Assert.Null(queue.Items[3].PastTarget);
        Assert.Equal(2, queue.OverdueCount);
    }

    [Fact]
    public async Task The_queue_can_be_filtered_by_category_and_leaves_out_solved_questions()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper", reputation: 100);
        var desktop = await _forum.AskAsync(asker, "A question about the desktop app");
        var mobile = (await _forum.SendAsync(asker, Samples.Question("A question about the mobile app", category: "mobile-app"))).Id;
        var solved = await _forum.AskAsync(asker, "A question that gets solved");
        await _forum.SendAsync(asker, new AcceptAnswer(await _forum.AnswerAsync(helper, solved)));

        Assert.Equal([mobile], (await QueueAsync(helper, "mobile-app")).Items.Select(i => i.Id));
        Assert.Equal([desktop, mobile], (await QueueAsync(helper)).Items.Select(i => i.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => QueueAsync(helper, "no-such-category"));
    }

    [Fact]
    public async Task A_helper_takes_a_question_for_ten_minutes_and_others_cannot_take_it_meanwhile()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var bob = await _forum.CreateMemberAsync("Bob", reputation: 100);
        var carmen = await _forum.CreateMemberAsync("Carmen", reputation: 100);
        var id = await _forum.AskAsync(asker);

        var taken = await _forum.SendAsync(bob, new TakeQuestion(id));
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(carmen, new TakeQuestion(id)));
        var item = Assert.Single((await QueueAsync(carmen)).Items);

        Assert.Equal(_forum.Clock.GetUtcNow().AddMinutes(10), taken.TakenUntil);
        Assert.Contains("Bob is answering", conflict.Message);
        Assert.Equal(("Bob", false), (item.TakenByName, item.IsTakenByMe));

        _forum.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Null(Assert.Single((await QueueAsync(carmen)).Items).TakenByName);
        await _forum.SendAsync(carmen, new TakeQuestion(id));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(bob, new ReleaseQuestion(id)));
        await _forum.SendAsync(carmen, new ReleaseQuestion(id));
        await _forum.SendAsync(bob, new TakeQuestion(id));
    }

    [Fact]
    public async Task Answering_releases_the_question_and_the_asker_cannot_take_their_own()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var bob = await _forum.CreateMemberAsync("Bob", reputation: 100);
        var id = await _forum.AskAsync(asker);
        await _forum.SendAsync(bob, new TakeQuestion(id));

        await _forum.AnswerAsync(bob, id);

        Assert.Null(Assert.Single((await QueueAsync(bob)).Items).TakenByName);
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(asker, new TakeQuestion(id)));
    }

    [Fact]
    public async Task A_question_needing_more_info_leaves_the_queue_until_the_asker_edits_it_then_comes_back_at_the_top_of_its_tier()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var other = await _forum.CreateMemberAsync("other");
        var helper = await _forum.CreateMemberAsync("helper", reputation: 100);
        var vague = await _forum.AskAsync(asker, "A vague question from the asker");
        _forum.Clock.Advance(TimeSpan.FromMinutes(1));
        var older = await _forum.AskAsync(other, "A question asked a bit later");

        await _forum.SendAsync(helper, new MarkNeedsInfo(vague));
        Assert.Equal([older], (await QueueAsync(helper)).Items.Select(i => i.Id));

        _forum.Clock.Advance(TimeSpan.FromHours(2));
        var page = await _forum.SendAsync(asker, new GetQuestionPage(vague));
        await _forum.SendAsync(asker, new EditQuestion(vague, page.Question.Title, Samples.Body + " It is version 4.2 on Windows 11.", [], page.Question.Version));

        var queue = await QueueAsync(helper);
        Assert.Equal([vague, older], queue.Items.Select(i => i.Id));
        Assert.True(queue.Items[0].IsBackInQueue);
        Assert.Equal(TimeSpan.Zero, queue.Items[0].Waiting);
    }

    [Fact]
    public async Task The_asker_replying_with_an_answer_also_brings_the_question_back()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper", reputation: 100);
        var id = await _forum.AskAsync(asker);
        await _forum.SendAsync(helper, new MarkNeedsInfo(id));

        await _forum.AnswerAsync(asker, id, "Here are the details you asked for: version 4.2 on Windows 11, no proxy.");

        Assert.True(Assert.Single((await QueueAsync(helper)).Items).IsBackInQueue);
    }

    [Fact]
    public async Task Only_helpers_with_some_reputation_mark_needs_info_and_never_on_their_own_question()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var id = await _forum.AskAsync(asker);

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(newcomer, new MarkNeedsInfo(id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(asker, new MarkNeedsInfo(id)));
        await _forum.SendAsync(newcomer, new MarkNeedsInfo(id), Roles.Moderator);
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(newcomer, new ClearNeedsInfo(id)));
        await _forum.SendAsync(asker, new ClearNeedsInfo(id));
        Assert.Single((await QueueAsync(asker)).Items);
    }

    [Fact]
    public async Task The_queue_needs_a_signed_in_member()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _forum.SendAsync(null, new GetNeedsAttention()));
    }
}
