using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>Badges, the weekly goal and the leaderboards, as pages and through the API.</summary>
public sealed class RecognitionTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private async Task<JsonElement> LeaderboardAsync(HttpClient client, string period) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/leaderboard?period={period}");

    private async Task<string> TopHelperIdAsync() =>
        (await LeaderboardAsync(forum.CreateClient(), "all")).GetProperty("top")[0].GetProperty("memberId").GetString()!;

    [Fact]
    public async Task The_all_time_leaderboard_lists_members_by_reputation_for_anyone()
    {
        var board = await LeaderboardAsync(forum.CreateClient(), "all");

        var points = board.GetProperty("top").EnumerateArray().Select(l => l.GetProperty("points").GetInt32()).ToList();
        Assert.Equal("all", board.GetProperty("period").GetString());
        Assert.True(points.Count is > 3 and <= 20);
        Assert.Equal(points.OrderDescending(), points);
        Assert.Equal(1, board.GetProperty("top")[0].GetProperty("rank").GetInt32());
        Assert.Equal(JsonValueKind.Null, board.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task The_weekly_leaderboard_says_when_the_week_started_and_marks_the_viewer()
    {
        var bob = await forum.SignedInClientAsync("bob@forum.local");

        var week = await LeaderboardAsync(forum.CreateClient(), "week");
        var all = await LeaderboardAsync(bob, "all");

        Assert.Equal(DayOfWeek.Monday, week.GetProperty("weekStart").GetDateTimeOffset().DayOfWeek);
        Assert.Contains(all.GetProperty("top").EnumerateArray(), l => l.GetProperty("isMe").GetBoolean() && l.GetProperty("displayName").GetString() == "Bob");
    }

    [Theory]
    [InlineData("month")]
    [InlineData("")]
    [InlineData("week%27%3B--")]
    public async Task An_unknown_period_is_a_400_with_a_clear_message(string period)
    {
        var response = await forum.CreateClient().GetAsync($"/api/v1/leaderboard?period={period}&x=1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("week", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_oversized_period_is_a_400()
    {
        var response = await forum.CreateClient().GetAsync($"/api/v1/leaderboard?period={new string('w', 5000)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_members_badges_come_with_dates_descriptions_progress_and_the_weekly_goal()
    {
        var id = await TopHelperIdAsync();

        var result = await forum.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/members/{Uri.EscapeDataString(id)}/badges");

        var badges = result.GetProperty("badges").EnumerateArray().ToList();
        Assert.Equal(8, badges.Count);
        var first = badges.Single(b => b.GetProperty("badge").GetString() == "firstAnswer");
        Assert.True(first.GetProperty("earned").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, first.GetProperty("awardedAt").ValueKind);
        Assert.All(badges, b => Assert.False(string.IsNullOrEmpty(b.GetProperty("description").GetString())));
        Assert.Equal(5, result.GetProperty("weeklyGoal").GetProperty("target").GetInt32());
    }

    [Fact]
    public async Task Badges_of_an_unknown_member_are_404()
    {
        var response = await forum.CreateClient().GetAsync("/api/v1/members/no-such-member/badges");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_new_member_has_no_badges_yet_and_a_goal_of_zero_answers()
    {
        var member = await forum.NewMemberAsync("newbie");
        var me = await member.GetFromJsonAsync<JsonElement>("/api/v1/members/me");

        var result = await member.GetFromJsonAsync<JsonElement>($"/api/v1/members/{me.GetProperty("id").GetString()}/badges");

        Assert.DoesNotContain(result.GetProperty("badges").EnumerateArray(), b => b.GetProperty("earned").GetBoolean());
        Assert.Equal(0, result.GetProperty("weeklyGoal").GetProperty("answers").GetInt32());
    }

    [Fact]
    public async Task The_member_page_shows_badges_and_the_weekly_goal_with_a_progress_bar()
    {
        var id = await TopHelperIdAsync();

        var page = await forum.CreateClient().GetStringAsync($"/members/{Uri.EscapeDataString(id)}");

        Assert.Contains("Weekly goal", page);
        Assert.Contains("answers this week", page);
        Assert.Contains("<progress class=\"goal-progress\" max=\"5\"", page);
        Assert.Contains("badge-earned", page);
        Assert.Contains("First Answer", page);
        Assert.Contains("badge-locked", page);
        Assert.Contains("of 10", page);
    }

    [Fact]
    public async Task The_leaderboard_page_has_both_periods_and_is_in_the_navigation()
    {
        var visitor = forum.CreateClient();

        var week = await visitor.GetStringAsync("/leaderboard");
        var all = await visitor.GetStringAsync("/leaderboard?period=all");
        var home = await visitor.GetStringAsync("/");

        Assert.Contains("Reputation earned this week", week);
        Assert.Contains("Reputation, all time", all);
        Assert.Contains("<caption", all);
        Assert.Contains("href=\"/leaderboard\"", home);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync("/leaderboard?period=forever")).StatusCode);
    }
}
