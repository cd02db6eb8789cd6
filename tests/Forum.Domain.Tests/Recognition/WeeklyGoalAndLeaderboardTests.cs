using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Recognition;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Moderation;
using Forum.Domain.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Domain.Tests.Recognition;

public sealed class WeeklyGoalAndLeaderboardTests : IDisposable
{
    private readonly ForumHarness _forum = new();
    private readonly RecognitionSteps _steps;

    public WeeklyGoalAndLeaderboardTests() => _steps = new RecognitionSteps(_forum);

    public void Dispose() => _forum.Dispose();

    private Task<WeeklyGoal> GoalAsync(string memberId) => _forum.SendAsync(null, new GetMemberBadges(memberId)).ContinueWith(t => t.Result.WeeklyGoal);

    [Fact]
    public void The_week_starts_on_monday_at_midnight_utc()
    {
        var monday = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(monday, ForumWeek.StartOf(monday));
        Assert.Equal(monday, ForumWeek.StartOf(new DateTimeOffset(2026, 11, 8, 23, 59, 59, TimeSpan.Zero)));
        Assert.Equal(monday.AddDays(7), ForumWeek.StartOf(new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero)));
        // Monday 00:30 in Berlin is still Sunday in UTC.
        Assert.Equal(monday.AddDays(-7), ForumWeek.StartOf(new DateTimeOffset(2026, 11, 2, 0, 30, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public async Task The_weekly_goal_counts_answers_to_others_questions_from_monday_and_starts_again_next_monday()
    {
        // Sunday 23:50: last week.
        using var forum = new ForumHarness(startsAt: new DateTimeOffset(2026, 11, 1, 23, 50, 0, TimeSpan.Zero));
        var steps = await new RecognitionSteps(forum).WithPeopleAsync();
        Task<WeeklyGoal> HelpersGoalAsync() => forum.SendAsync(null, new GetMemberBadges(steps.Helper)).ContinueWith(t => t.Result.WeeklyGoal);
        await steps.ThreadAsync(after: TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await HelpersGoalAsync()).Answers);

        forum.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, (await HelpersGoalAsync()).Answers);
        await steps.ThreadsAsync(3);
        await steps.ThreadAsync(asker: steps.Helper);

        var goal = await HelpersGoalAsync();
        Assert.Equal((3, 5, 60, false), (goal.Answers, goal.Target, goal.Percent, goal.Reached));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), goal.WeekStart);

        forum.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 8, 23, 59, 0, TimeSpan.Zero));
        Assert.Equal(3, (await HelpersGoalAsync()).Answers);
        forum.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, (await HelpersGoalAsync()).Answers);
    }

    [Fact]
    public async Task A_hidden_answer_leaves_the_weekly_goal()
    {
        await _steps.WithPeopleAsync();
        var moderator = await _forum.CreateMemberAsync("moderator");
        var (_, answerId) = await _steps.ThreadAsync();
        await _steps.ThreadAsync();
        await _forum.ModerateAsync(moderator, new HidePost(PostType.Answer, answerId, "spam"));

        Assert.Equal(1, (await GoalAsync(_steps.Helper)).Answers);
    }

    [Fact]
    public async Task The_goal_target_is_configurable()
    {
        using var forum = new ForumHarness(services => services.AddSingleton(new RecognitionOptions { WeeklyAnswerGoal = 2 }));
        var member = await forum.CreateMemberAsync("member");

        Assert.Equal(2, (await forum.SendAsync(null, new GetMemberBadges(member))).WeeklyGoal.Target);
    }

    [Fact]
    public async Task The_all_time_leaderboard_orders_by_reputation_and_leaves_out_suspended_members()
    {
        var low = await _forum.CreateMemberAsync("low", 50);
        var high = await _forum.CreateMemberAsync("high", 500);
        var middle = await _forum.CreateMemberAsync("middle", 300);
        var suspended = await _forum.CreateMemberAsync("suspended", 1000);
        var moderator = await _forum.CreateMemberAsync("moderator");
        await SuspendAsync(suspended, moderator);

        var board = await _forum.SendAsync(null, new GetLeaderboard("all"));

        var names = board.Top.Select(l => l.DisplayName).ToList();
        Assert.Equal(["high", "middle", "low"], names.Where(n => n is "high" or "middle" or "low"));
        Assert.DoesNotContain("suspended", names);
        Assert.Equal((1, 500), (board.Top[0].Rank, board.Top[0].Points));
        Assert.Null(board.Me);
        _ = (low, high, middle);
    }

    [Fact]
    public async Task The_weekly_leaderboard_sums_reputation_earned_since_monday_and_shows_the_viewers_rank_outside_the_top()
    {
        // Sunday: last week's votes do not count.
        using var forum = new ForumHarness(services => services.AddSingleton(new RecognitionOptions { LeaderboardSize = 2 }),
            startsAt: new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
        var steps = await new RecognitionSteps(forum).WithPeopleAsync();
        var voter = await forum.CreateMemberAsync("voter", 500);
        await UpvotedAnswersAsync(forum, steps, voter, "veteran", 5);
        // Staff adjustments are not earned reputation (every member above got one when created).
        forum.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 3, 12, 0, 0, TimeSpan.Zero));
        await forum.CreateMemberAsync("adjusted", 900);
        await UpvotedAnswersAsync(forum, steps, voter, "a", 4);
        await UpvotedAnswersAsync(forum, steps, voter, "b", 3);
        await UpvotedAnswersAsync(forum, steps, voter, "c", 3);
        var me = await UpvotedAnswersAsync(forum, steps, voter, "me", 1);

        var board = await forum.SendAsync(me, new GetLeaderboard("week"));

        Assert.Equal([("a", 40, 1), ("b", 30, 2)], board.Top.Select(l => (l.DisplayName, l.Points, l.Rank)));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), board.WeekStart);
        Assert.NotNull(board.Me);
        Assert.Equal((4, 10, true), (board.Me!.Rank, board.Me.Points, board.Me.IsMe));
        var visitorBoard = await forum.SendAsync(null, new GetLeaderboard("week"));
        Assert.Null(visitorBoard.Me);
    }

    /// <summary>A new member whose <paramref name="count"/> answers each get one upvote (+10 each).</summary>
    private static async Task<string> UpvotedAnswersAsync(ForumHarness forum, RecognitionSteps steps, string voter, string name, int count)
    {
        var member = await forum.CreateMemberAsync(name);
        for (var i = 0; i < count; i++)
        {
            var questionId = (await forum.SendAsync(steps.Asker, Samples.Question($"Printing fails with an error, case {name} {i}", $"{Samples.Body} ({name} {i}.)"), Roles.Staff)).Id;
            var answerId = await forum.AnswerAsync(member, questionId, $"{Samples.AnswerBody} ({name} {i}.)");
            await forum.SendAsync(voter, new CastVote(PostType.Answer, answerId, 1));
            forum.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        return member;
    }

    [Fact]
    public async Task The_viewer_in_the_top_is_marked_and_not_repeated()
    {
        var me = await _forum.CreateMemberAsync("me", 5000);

        var board = await _forum.SendAsync(me, new GetLeaderboard("all"));

        Assert.True(board.Top[0].IsMe);
        Assert.Null(board.Me);
    }

    [Fact]
    public async Task The_leaderboard_takes_a_fixed_number_of_queries()
    {
        for (var i = 0; i < 5; i++)
            await _forum.CreateMemberAsync($"member{i}", 10 + i);
        var me = await _forum.CreateMemberAsync("me");

        _forum.SqlCommands.Reset();
        await _forum.SendAsync(me, new GetLeaderboard("week"));
        var few = _forum.SqlCommands.Count;
        for (var i = 0; i < 20; i++)
            await _forum.CreateMemberAsync($"more{i}", 10 + i);
        _forum.SqlCommands.Reset();
        await _forum.SendAsync(me, new GetLeaderboard("week"));

        Assert.Equal(few, _forum.SqlCommands.Count);
    }

    [Fact]
    public async Task An_unknown_period_is_refused()
    {
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(null, new GetLeaderboard("month")));
    }

    private async Task SuspendAsync(string memberId, string moderatorId)
    {
        var questionId = (await _forum.SendAsync(memberId, Samples.Question("Cheap licences for the app, visit my shop", $"{Samples.Body} Buy now."), Roles.Staff)).Id;
        await _forum.ModerateAsync(moderatorId, new SuspendAuthor(PostType.Question, questionId, "spam", 7));
    }
}
