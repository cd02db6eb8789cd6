using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Users;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Harness;
using FluentValidation;

namespace Forum.Domain.Tests.Users;

public sealed class MemberAndListTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task A_member_page_shows_reputation_its_history_questions_and_answers()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(helper, id);
        await _forum.SendAsync(asker, new AcceptAnswer(answer));

        var profile = await _forum.SendAsync(null, new GetMemberProfile(helper));

        Assert.Equal(16, profile.Reputation);
        var line = Assert.Single(profile.History);
        Assert.Equal((15, ReputationReason.AnswerAccepted, id), (line.Amount, line.Reason, line.Post!.QuestionId));
        Assert.True(Assert.Single(profile.Answers).IsAccepted);
        Assert.Empty(profile.Questions);
        Assert.Equal(1, (await _forum.SendAsync(null, new GetMemberProfile(asker))).QuestionCount);
    }

    [Fact]
    public async Task An_unknown_member_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetMemberProfile("nobody")));
    }

    [Fact]
    public async Task Lists_sort_filter_and_page()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper", reputation: 100);
        var first = await _forum.AskAsync(asker, "First question about the blank window");
        _forum.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = (await _forum.SendAsync(asker, Samples.Question(title: "Second question about notifications", category: "mobile-app", tags: ["android"]))).Id;
        _forum.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await _forum.AskAsync(asker, "Third question about the blank window");
        _forum.Clock.Advance(TimeSpan.FromMinutes(1));
        var answer = await _forum.AnswerAsync(helper, first);
        await _forum.SendAsync(asker, new AcceptAnswer(answer));
        await _forum.SendAsync(helper, new CastVote(PostType.Question, second, 1));

        async Task<int[]> Ids(ListQuestions query) => (await _forum.SendAsync(null, query)).Items.Select(q => q.Id).ToArray();
        Assert.Equal([third, second, first], await Ids(new ListQuestions()));
        Assert.Equal([first, third, second], await Ids(new ListQuestions(QuestionSort.Active)));
        Assert.Equal([third, second], await Ids(new ListQuestions(QuestionSort.Unanswered)));
        Assert.Equal([first], await Ids(new ListQuestions(QuestionSort.Solved)));
        Assert.Equal(second, (await Ids(new ListQuestions(QuestionSort.Top)))[0]);
        Assert.Equal([second], await Ids(new ListQuestions(Category: "mobile-app")));
        Assert.Equal([second], await Ids(new ListQuestions(Tag: "android")));

        var page2 = await _forum.SendAsync(null, new ListQuestions(PageSize: 2, Page: 2));
        Assert.Equal([first], page2.Items.Select(q => q.Id));
        Assert.Equal((3, 2), (page2.Total, page2.PageCount));
    }

    [Fact]
    public async Task Unknown_sorts_page_sizes_and_categories_are_refused()
    {
        await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(null, new ListQuestions("random")));
        await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(null, new ListQuestions(PageSize: 500)));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new ListQuestions(Category: "nope")));
    }

    [Fact]
    public async Task I_have_this_problem_too_counts_each_member_once_and_not_the_asker()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var fellow = await _forum.CreateMemberAsync("fellow");
        var id = await _forum.AskAsync(asker);

        await _forum.SendAsync(fellow, new SayMeToo(id));
        var again = await _forum.SendAsync(fellow, new SayMeToo(id));

        Assert.Equal(1, again.MeTooCount);
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(asker, new SayMeToo(id)));
        Assert.True((await _forum.SendAsync(fellow, new GetQuestionPage(id))).Viewer.HasThisProblemToo);
    }
}
