using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Api;

/// <summary>DELETE /api/v1/members/{id}: a moderator removes a member's account; members, visitors and the team's accounts are refused.</summary>
public sealed class RemoveMemberAccountApiTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private async Task<(HttpClient Api, string Id, int Question)> MemberWithAQuestionAsync()
    {
        var member = await forum.NewMemberAsync("spammy");
        var id = (await (await member.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;
        var question = await member.AskAsync(ApiCalls.NewQuestion("Where can I find the export button in settings"));
        return (member, id, question);
    }

    private async Task<string> IdOfAsync(string email) =>
        (await (await (await forum.SignedInClientAsync(email)).GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;

    [Fact]
    public async Task Each_caller_gets_the_answer_it_should_and_a_removal_with_posts_takes_them_down()
    {
        var (member, id, question) = await MemberWithAQuestionAsync();
        var url = $"/api/v1/members/{id}?reason=Spam%20links&removePosts=true";

        await (await forum.CreateClient().DeleteAsync(url)).JsonAsync(HttpStatusCode.Unauthorized);
        await (await (await forum.SignedInClientAsync("bob@forum.local")).DeleteAsync(url)).JsonAsync(HttpStatusCode.Forbidden);
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var missingReason = await (await moderator.DeleteAsync($"/api/v1/members/{id}")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Say why the account is removed.", missingReason.GetProperty("errors").GetProperty("reason")[0].GetString());
        await (await moderator.DeleteAsync("/api/v1/members/nobody?reason=spam")).JsonAsync(HttpStatusCode.NotFound);
        foreach (var team in new[] { "staff@forum.local", "admin@forum.local", "moderator@forum.local" })
            await (await moderator.DeleteAsync($"/api/v1/members/{await IdOfAsync(team)}?reason=no")).JsonAsync(HttpStatusCode.Forbidden);
        await (await member.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK);

        var removed = await (await moderator.DeleteAsync(url)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((id, 1), (removed.GetProperty("memberId").GetString(), removed.GetProperty("postsRemoved").GetInt32()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.GetAsync("/api/v1/members/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await forum.CreateClient().GetAsync($"/api/v1/questions/{question}")).StatusCode);
        Assert.True((await (await forum.CreateClient().GetAsync($"/api/v1/members/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("hasLeft").GetBoolean());
        await (await moderator.DeleteAsync(url)).JsonAsync(HttpStatusCode.Conflict);
        var log = await (await moderator.GetAsync($"/api/v1/moderation/log?member={id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["account removed: Spam links", "deleted: spam (account removed): Spam links"],
            log.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("summary").GetString()));
    }

    [Fact]
    public async Task Two_removals_at_the_same_moment_one_wins_and_the_log_has_one_line()
    {
        var (_, id, _) = await MemberWithAQuestionAsync();
        var moderators = new[] { await forum.SignedInClientAsync("moderator@forum.local"), await forum.SignedInClientAsync("staff@forum.local") };

        var responses = await Task.WhenAll(moderators.Select(m => m.DeleteAsync($"/api/v1/members/{id}?reason=Spam")));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var log = await (await moderators[0].GetAsync($"/api/v1/moderation/log?action=account-removed&member={id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, log.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_removal_and_the_members_own_deletion_at_the_same_moment_leave_one_line_in_the_audit_log()
    {
        var email = $"leaving-{Guid.NewGuid():N}@forum.test";
        (await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = BrowserSignIn.Password })).EnsureSuccessStatusCode();
        var id = await IdOfAsync(email);
        var browser = await forum.SignedInBrowserAsync(email);
        var token = FormTokens.Of(await browser.GetStringAsync("/Identity/Account/Manage/DeletePersonalData"));
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");

        await Task.WhenAll(
            moderator.DeleteAsync($"/api/v1/members/{id}?reason=Asked%20by%20email"),
            browser.PostAsync("/Identity/Account/Manage/DeletePersonalData", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Password"] = BrowserSignIn.Password, ["__RequestVerificationToken"] = token,
            })));

        var log = await (await moderator.GetAsync($"/api/v1/moderation/log?member={id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Single(log.GetProperty("items").EnumerateArray(),
            line => line.GetProperty("action").GetString() is "account-removed" or "account-deleted");
    }
}
