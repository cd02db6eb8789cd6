using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Support;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Moderation;

/// <summary>
/// A post a member cannot see (held for review, hidden by flags) is, for every action of theirs, exactly an unknown
/// id: the same "not found", and nothing happens (no take, no watch, no notification to its author).
/// </summary>
public sealed class InvisiblePostTests : IDisposable
{
    private const int UnknownId = 987_654;
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private static readonly Dictionary<string, Func<ForumHarness, string, int, Task>> QuestionActions = new()
    {
        ["take"] = (f, u, id) => f.SendAsync(u, new TakeQuestion(id)),
        ["release"] = (f, u, id) => f.SendAsync(u, new ReleaseQuestion(id)),
        ["needs-info"] = (f, u, id) => f.SendAsync(u, new MarkNeedsInfo(id)),
        ["clear-needs-info"] = (f, u, id) => f.SendAsync(u, new ClearNeedsInfo(id)),
        ["watch"] = (f, u, id) => f.SendAsync(u, new WatchQuestion(id)),
        ["unwatch"] = (f, u, id) => f.SendAsync(u, new WatchQuestion(id, Watching: false)),
        ["me-too"] = (f, u, id) => f.SendAsync(u, new SayMeToo(id)),
        ["vote"] = (f, u, id) => f.SendAsync(u, new CastVote(PostType.Question, id, 1)),
        ["answer"] = (f, u, id) => f.SendAsync(u, new PostAnswer(id, Samples.AnswerBody)),
        ["flag"] = (f, u, id) => f.SendAsync(u, new FlagPost(PostType.Question, id, "spam")),
        ["edit"] = (f, u, id) => f.SendAsync(u, new EditQuestion(id, "A title someone else gave it", Samples.Body, null, null)),
        ["delete"] = (f, u, id) => f.SendAsync(u, new DeleteQuestion(id)),
        ["rate"] = (f, u, id) => f.SendAsync(u, new RateHelp(id, 5, null)),
        ["follow-up"] = (f, u, id) => f.SendAsync(u, new AnswerFollowUp(id, StillSolved: false)),
        ["support details"] = (f, u, id) => f.SendAsync(u, new GetQuestionSupport(id)),
        ["page"] = (f, u, id) => f.SendAsync(u, new GetQuestionPage(id)),
        ["history"] = (f, u, id) => f.SendAsync(u, new GetPostHistory(PostType.Question, id)),
    };

    private static readonly Dictionary<string, Func<ForumHarness, string, int, Task>> AnswerActions = new()
    {
        ["vote"] = (f, u, id) => f.SendAsync(u, new CastVote(PostType.Answer, id, 1)),
        ["flag"] = (f, u, id) => f.SendAsync(u, new FlagPost(PostType.Answer, id, "spam")),
        ["edit"] = (f, u, id) => f.SendAsync(u, new EditAnswer(id, "Someone else's words for this answer, long enough to count.", null)),
        ["delete"] = (f, u, id) => f.SendAsync(u, new DeleteAnswer(id)),
        ["accept"] = (f, u, id) => f.SendAsync(u, new AcceptAnswer(id)),
        ["withdraw acceptance"] = (f, u, id) => f.SendAsync(u, new WithdrawAcceptance(id)),
        ["history"] = (f, u, id) => f.SendAsync(u, new GetPostHistory(PostType.Answer, id)),
    };

    public static TheoryData<string> QuestionActionNames => [.. QuestionActions.Keys];
    public static TheoryData<string> AnswerActionNames => [.. AnswerActions.Keys];

    [Theory]
    [MemberData(nameof(QuestionActionNames))]
    public async Task A_held_first_question_is_an_unknown_question_to_other_members(string action)
    {
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var helper = await _forum.CreateMemberAsync("helper", 5000);
        var asked = await _forum.SendAsync(newcomer, Samples.Question(body: "The app is blank on start, see https://example.com/screenshot.png for how it looks."));
        Assert.True(asked.AwaitingReview);

        await AssertSameAsUnknownAsync(QuestionActions[action], helper, asked.Id);
        await AssertUntouchedAsync(asked.Id, newcomer, helper);
    }

    [Theory]
    [MemberData(nameof(QuestionActionNames))]
    public async Task A_question_hidden_by_flags_is_an_unknown_question_to_other_members(string action)
    {
        var asker = await _forum.CreateMemberAsync("asker", 100);
        var helper = await _forum.CreateMemberAsync("helper", 5000);
        var id = await _forum.AskAsync(asker);
        await _forum.FlagByAllAsync(await _forum.ReportersAsync(), PostType.Question, id);

        await AssertSameAsUnknownAsync(QuestionActions[action], helper, id);
        await AssertUntouchedAsync(id, asker, helper);
    }

    [Theory]
    [MemberData(nameof(AnswerActionNames))]
    public async Task A_held_answer_is_an_unknown_answer_to_other_members_even_the_asker(string action)
    {
        var asker = await _forum.CreateMemberAsync("asker", 100);
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var id = await _forum.AskAsync(asker);
        var held = await _forum.SendAsync(newcomer, new PostAnswer(id, "Call +1 (555) 123-4567 and ask for the blank window fix."));
        Assert.True(held.AwaitingReview);

        await AssertSameAsUnknownAsync(AnswerActions[action], asker, held.Id);
        Assert.Equal((0, 0, 0, (int?)null), await _forum.QueryAsync(async db => (
            await db.Votes.CountAsync(), await db.Flags.CountAsync(), await db.PostRevisions.CountAsync(),
            await db.Questions.Where(q => q.Id == id).Select(q => q.AcceptedAnswerId).SingleAsync())));
    }

    [Fact]
    public async Task The_author_and_the_moderators_still_act_on_a_held_question()
    {
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var asked = await _forum.SendAsync(newcomer, Samples.Question(body: "The app is blank on start, see https://example.com/screenshot.png for how it looks."));

        await _forum.SendAsync(newcomer, new WatchQuestion(asked.Id, Watching: false));
        await _forum.SendAsync(moderator, new WatchQuestion(asked.Id), Roles.Moderator);
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(moderator, new TakeQuestion(asked.Id), Roles.Moderator));
        await _forum.ModerateAsync(moderator, new ApprovePost(PostType.Question, asked.Id));

        Assert.Equal([moderator], await _forum.QueryAsync(db => db.Watches.Where(w => w.QuestionId == asked.Id).Select(w => w.MemberId).ToListAsync()));
    }

    [Fact]
    public async Task A_reporters_flag_list_keeps_the_title_of_a_question_hidden_since_to_itself()
    {
        var spammer = await _forum.CreateMemberAsync("spammer", 100);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(spammer, "Licence keys at half price for everyone today");
        var answer = await _forum.AnswerAsync(spammer, await _forum.AskAsync(await _forum.CreateMemberAsync("asker"), "Where is the export button"),
            "Licence keys at half price, write to me for the discount code.");
        await _forum.SendAsync(moderator, new FlagPost(PostType.Question, id, "needs-moderator", "Please look at this."), Roles.Moderator);
        var reporters = await _forum.ReportersAsync();
        await _forum.FlagByAllAsync(reporters, PostType.Question, id);
        await _forum.FlagByAllAsync(reporters, PostType.Answer, answer);

        var mine = await _forum.SendAsync(reporters[0], new GetMyFlags());
        Assert.Equal([("answer", "Where is the export button", true), ("question", null, true)],
            mine.Items.Select(f => (f.PostType, f.QuestionTitle, f.PostRemoved)));
        await _forum.ModerateAsync(moderator, new RestorePost(PostType.Answer, answer));
        Assert.Equal(("Where is the export button", false), ((await _forum.SendAsync(reporters[0], new GetMyFlags())).Items[0] is var f ? (f.QuestionTitle, f.PostRemoved) : default));
        var moderatorsView = Assert.Single((await _forum.SendAsync(moderator, new GetMyFlags(), Roles.Moderator)).Items);
        Assert.Equal(("Licence keys at half price for everyone today", false), (moderatorsView.QuestionTitle, moderatorsView.PostRemoved));
    }

    private async Task AssertSameAsUnknownAsync(Func<ForumHarness, string, int, Task> act, string memberId, int invisibleId)
    {
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => act(_forum, memberId, UnknownId));
        var invisible = await Assert.ThrowsAsync<NotFoundException>(() => act(_forum, memberId, invisibleId));
        Assert.Equal(unknown.Message, invisible.Message);
    }

    private async Task AssertUntouchedAsync(int questionId, string authorId, string memberId)
    {
        var state = await _forum.QueryAsync(async db => new
        {
            Question = await db.Questions.Where(q => q.Id == questionId)
                .Select(q => new { q.TakenById, q.NeedsInfoSince, q.MeTooCount, q.Score, q.AnswerCount, q.Title, q.SatisfactionRating }).SingleAsync(),
            HelperWatches = await db.Watches.CountAsync(w => w.MemberId == memberId),
            AuthorHeard = await db.Notifications.Where(n => n.MemberId == authorId && n.Kind != NotificationKind.QuestionReceived && n.Kind != NotificationKind.PostModerated).CountAsync(),
            HelperFlags = await db.Flags.CountAsync(f => f.ReporterId == memberId),
        });
        Assert.Equal((null, null, 0, 0, 0, 0, 0, 0), (state.Question.TakenById, state.Question.NeedsInfoSince, state.Question.MeTooCount,
            state.Question.Score, state.Question.AnswerCount, state.HelperWatches, state.AuthorHeard, state.HelperFlags));
        Assert.Equal("The app shows a blank window on start", state.Question.Title);
    }
}
