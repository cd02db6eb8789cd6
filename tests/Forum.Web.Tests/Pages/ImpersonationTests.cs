using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>Nobody can pass for the forum's team or for another member: look-alike names are refused, the team wears a badge.</summary>
public sealed partial class ImpersonationTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string RenameUrl = "/api/v1/members/me/display-name";

    [Theory]
    [InlineData("Sam Staff")]
    [InlineData("sam staff")]
    [InlineData("Ѕаm Ѕtаff")] // Cyrillic Ѕ and а
    [InlineData("Sam\u200BStaff")]
    [InlineData("Ｓａｍ Ｓｔａｆｆ")]
    [InlineData("Bob")]
    [InlineData("B0B")]
    [InlineData("Mo Moderat0r")]
    [InlineData("Bob Staff")]
    public async Task A_member_cannot_take_a_name_that_passes_for_the_team_or_another_member(string name)
    {
        var member = await forum.NewMemberAsync();

        var problem = await (await member.PutAsJsonAsync(RenameUrl, new { displayName = name })).JsonAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("displayName", out _), problem.ToString());
        Assert.Matches(@"^Member \d{6}$", (await (await member.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Two_members_taking_look_alike_names_at_the_same_moment_cannot_both_win()
    {
        var members = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => forum.NewMemberAsync()));
        var stamp = Letters();
        var spellings = new[] { $"Racer {stamp}", $"racer {stamp}", $"RACER {stamp}", $"Rасеr {stamp}", $"Racer\u200B {stamp}", $"Ｒacer {stamp}" };

        var responses = await Task.WhenAll(members.Select((m, i) => m.PutAsJsonAsync(RenameUrl, new { displayName = spellings[i] })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var problem = await refused.JsonAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("displayName", out _), problem.ToString());
        }
        var names = await Task.WhenAll(members.Select(async m =>
            (await (await m.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("displayName").GetString()));
        Assert.Single(names, n => n!.Contains(stamp));
    }

    [Fact]
    public async Task Staff_and_moderator_posts_carry_a_role_badge_in_pages_and_in_the_api_and_members_posts_do_not()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var member = await forum.NewMemberAsync();
        var questionId = await member.AskAsync(ApiCalls.NewQuestion(title: $"Printing stops halfway {Letters()}"));
        await staff.AnswerAsync(questionId, "Update the printer driver from the vendor's site, then restart.");
        await moderator.AnswerAsync(questionId, "Also check the spooler service is running before you print again.");

        var visitor = forum.CreateClient();
        foreach (var _ in new[] { 1, 2 }) // the second view comes from the caches
        {
            var page = await visitor.GetStringAsync($"/questions/{questionId}");
            var badges = RoleBadge().Matches(page).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
            Assert.Equal([("staff", "Forum staff", "Staff"), ("moderator", "Forum moderator", "Moderator")], badges.OrderByDescending(b => b.Item1).ToList());
        }

        var thread = await visitor.GetQuestionAsync(questionId);
        Assert.Equal("member", thread.GetProperty("author").GetProperty("role").GetString());
        var roles = thread.GetProperty("answers").EnumerateArray()
            .Select(a => (a.GetProperty("author").GetProperty("displayName").GetString(), a.GetProperty("author").GetProperty("role").GetString())).ToList();
        Assert.Contains(("Sam Staff", "staff"), roles);
        Assert.Contains(("Mo Moderator", "moderator"), roles);
    }

    [Fact]
    public async Task A_staff_members_question_shows_the_badge_in_lists_and_on_their_page()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var title = $"Known issue with sync {Letters()}";
        await staff.AskAsync(ApiCalls.NewQuestion(title: title));
        var visitor = forum.CreateClient();

        var list = await visitor.GetStringAsync("/questions");
        var row = list[list.IndexOf(title, StringComparison.Ordinal)..];
        Assert.Matches(RoleBadge(), row[..row.IndexOf("</li>", row.IndexOf("asked-by", StringComparison.Ordinal), StringComparison.Ordinal)]);
        var me = await (await staff.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK);
        var profile = await visitor.GetStringAsync($"/members/{me.GetProperty("id").GetString()}");
        Assert.Matches("<h1><span data-user-content>Sam Staff</span> <span class=\"role-badge role-badge-staff\"", profile);
        var items = (await (await visitor.GetAsync("/api/v1/questions?sort=newest")).JsonAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.Contains(items.EnumerateArray(), q => q.GetProperty("title").GetString() == title && q.GetProperty("authorRole").GetString() == "staff");
    }

    /// <summary>A stamp of letters only (digits in a row would read as a phone number and hold a new member's post).</summary>
    private static string Letters() => string.Concat(Guid.NewGuid().ToByteArray().Take(10).Select(b => (char)('a' + b % 26)));

    [GeneratedRegex("<span class=\"role-badge role-badge-(\\w+)\" role=\"img\" aria-label=\"([^\"]+)\" title=\"[^\"]+\">(\\w+)</span>")]
    private static partial Regex RoleBadge();
}
