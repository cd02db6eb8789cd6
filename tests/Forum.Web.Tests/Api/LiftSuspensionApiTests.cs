using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Api;

/// <summary>DELETE /api/v1/members/{id}/suspension: a moderator lifts a suspension; everyone else is refused.</summary>
public sealed class LiftSuspensionApiTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static int _asked;

    private async Task<(string Email, string AuthorId)> SuspendedMemberAsync()
    {
        var email = $"author-{Guid.NewGuid():N}@forum.test";
        (await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Passw0rd!" })).EnsureSuccessStatusCode();
        var author = await forum.SignedInClientAsync(email);
        var id = await author.AskAsync(ApiCalls.NewQuestion($"Sync stops after an hour, case {(char)('a' + Interlocked.Increment(ref _asked) % 26)}"));
        var authorId = (await (await author.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{id}/actions", new { action = "suspend-author", reason = "Spam links", days = 7 }))
            .JsonAsync(HttpStatusCode.OK);
        return (email, authorId);
    }

    [Fact]
    public async Task Each_role_gets_the_answer_it_should_and_a_second_lift_is_409()
    {
        var (_, authorId) = await SuspendedMemberAsync();
        var url = $"/api/v1/members/{authorId}/suspension";

        await (await forum.CreateClient().DeleteAsync(url)).JsonAsync(HttpStatusCode.Unauthorized);
        await (await (await forum.SignedInClientAsync("bob@forum.local")).DeleteAsync(url)).JsonAsync(HttpStatusCode.Forbidden);
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        await (await moderator.DeleteAsync(url + "?reason=" + new string('x', 501))).JsonAsync(HttpStatusCode.BadRequest);
        var profile = await (await moderator.GetAsync($"/api/v1/members/{authorId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Spam links", profile.GetProperty("suspensionReason").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await (await forum.CreateClient().GetAsync($"/api/v1/members/{authorId}")).JsonAsync(HttpStatusCode.OK))
            .GetProperty("suspensionReason").ValueKind);

        var lifted = await (await moderator.DeleteAsync(url + "?reason=Appeal%20accepted")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(authorId, lifted.GetProperty("memberId").GetString());
        await (await moderator.DeleteAsync(url)).JsonAsync(HttpStatusCode.Conflict);
        await (await moderator.DeleteAsync("/api/v1/members/nobody/suspension")).JsonAsync(HttpStatusCode.NotFound);
        foreach (var email in new[] { "staff@forum.local", "admin@forum.local" })
            await (await (await forum.SignedInClientAsync(email)).DeleteAsync(url)).JsonAsync(HttpStatusCode.Conflict);
        var log = await (await moderator.GetAsync($"/api/v1/moderation/log?action=lift-suspension&member={authorId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("suspension lifted: Appeal accepted", Assert.Single(log.GetProperty("items").EnumerateArray()).GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_suspended_member_cannot_sign_in_and_once_lifted_signs_in_and_posts_again()
    {
        var (email, authorId) = await SuspendedMemberAsync();
        var refused = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Passw0rd!" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        await (await (await forum.SignedInClientAsync("moderator@forum.local")).DeleteAsync($"/api/v1/members/{authorId}/suspension")).JsonAsync(HttpStatusCode.OK);

        var lifted = await forum.SignedInClientAsync(email);
        await (await lifted.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion("Sync stops after an hour on my laptop"))).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Two_moderators_lifting_at_the_same_moment_one_wins_and_the_log_has_one_line()
    {
        var (_, authorId) = await SuspendedMemberAsync();
        var moderators = new[] { await forum.SignedInClientAsync("moderator@forum.local"), await forum.SignedInClientAsync("staff@forum.local") };

        var responses = await Task.WhenAll(moderators.Select(m => m.DeleteAsync($"/api/v1/members/{authorId}/suspension")));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var log = await (await moderators[0].GetAsync($"/api/v1/moderation/log?action=lift-suspension&member={authorId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, log.GetProperty("total").GetInt32());
    }
}
