using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>A moderator removes a member's account from the member's page: reason and choice, a confirmation, then the removal.</summary>
public sealed class RemoveMemberAccountPageTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string page, string formPage, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = FormTokens.Of(formPage);
        return await browser.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    private async Task<(HttpClient Api, string Id, int Question)> MemberWithAQuestionAsync()
    {
        var member = await forum.NewMemberAsync("leaving");
        var id = (await (await member.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;
        var question = await member.AskAsync(ApiCalls.NewQuestion("The calendar forgets my time zone after a restart"));
        return (member, id, question);
    }

    [Fact]
    public async Task A_moderator_removes_an_account_with_its_posts_as_spam_after_confirming()
    {
        var (member, id, question) = await MemberWithAQuestionAsync();
        var moderator = await forum.SignedInBrowserAsync("moderator@forum.local");
        Assert.Contains($"href=\"/members/{id}/remove\"", await moderator.GetStringAsync($"/members/{id}"));
        var url = $"/members/{id}/remove";
        var form = await moderator.GetStringAsync(url);

        var incomplete = await (await PostFormAsync(moderator, url, form, new() { ["Reason"] = " " })).Content.ReadAsStringAsync();
        Assert.Contains("Say why the account is removed.", incomplete);
        Assert.Contains("Choose what becomes of their posts.", incomplete);

        var confirmation = await (await PostFormAsync(moderator, url, form, new() { ["Reason"] = "Spam account", ["RemovePosts"] = "true" }))
            .Content.ReadAsStringAsync();
        Assert.Contains("Remove this account?", confirmation);
        Assert.Contains("removed as spam", confirmation);
        await (await member.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK); // nothing happened yet

        var removed = await PostFormAsync(moderator, url, confirmation,
            new() { ["Reason"] = "Spam account", ["RemovePosts"] = "true", ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.StartsWith($"/members/{id}", removed.RequestMessage!.RequestUri!.AbsolutePath);
        var profile = await removed.Content.ReadAsStringAsync();
        Assert.Contains("The account is removed, and 1 post with it as spam.", profile);
        Assert.Contains("Former member", profile);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.GetAsync("/api/v1/members/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await forum.CreateClient().GetAsync($"/questions/{question}")).StatusCode);
        var log = await (await (await forum.SignedInClientAsync("moderator@forum.local")).GetAsync($"/api/v1/moderation/log?action=account-removed&member={id}"))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("account removed: Spam account", Assert.Single(log.GetProperty("items").EnumerateArray()).GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Keeping_the_posts_leaves_them_shown_as_by_a_former_member()
    {
        var (_, id, question) = await MemberWithAQuestionAsync();
        var moderator = await forum.SignedInBrowserAsync("moderator@forum.local");
        var url = $"/members/{id}/remove";
        var confirmation = await (await PostFormAsync(moderator, url, await moderator.GetStringAsync(url),
            new() { ["Reason"] = "Asked to be removed", ["RemovePosts"] = "false" })).Content.ReadAsStringAsync();
        Assert.Contains("shown as by a “Former member”", confirmation);

        var removed = await PostFormAsync(moderator, url, confirmation,
            new() { ["Reason"] = "Asked to be removed", ["RemovePosts"] = "false", ["Confirmed"] = "true" });

        Assert.Contains("its posts stay, shown as by a former member", await removed.Content.ReadAsStringAsync());
        Assert.Contains("Former member", await forum.CreateClient().GetStringAsync($"/questions/{question}"));
        Assert.Contains("This member has already left the forum.", await moderator.GetStringAsync(url));
    }

    [Fact]
    public async Task Members_are_refused_the_page_and_moderators_cannot_remove_the_team()
    {
        var (member, id, _) = await MemberWithAQuestionAsync();
        var other = await forum.SignedInBrowserAsync("bob@forum.local");
        Assert.DoesNotContain("/remove\"", await other.GetStringAsync($"/members/{id}"));
        var refused = await other.GetAsync($"/members/{id}/remove");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("moderators", await refused.Content.ReadAsStringAsync());
        var visitor = await forum.CreateClient().GetAsync($"/members/{id}/remove");
        Assert.Contains("/Identity/Account/Login", visitor.RequestMessage!.RequestUri!.AbsolutePath);

        var staffId = (await (await (await forum.SignedInClientAsync("staff@forum.local")).GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK))
            .GetProperty("id").GetString()!;
        var moderator = await forum.SignedInBrowserAsync("moderator@forum.local");
        var staffPage = await moderator.GetStringAsync($"/members/{staffId}/remove");
        Assert.Contains("Accounts of the forum&#x27;s team are not removed here", staffPage);
        Assert.DoesNotContain("Remove this account", await moderator.GetStringAsync($"/members/{staffId}"));
        var forced = await PostFormAsync(moderator, $"/members/{staffId}/remove", await moderator.GetStringAsync($"/members/{id}/remove"),
            new() { ["Reason"] = "Trying", ["RemovePosts"] = "false", ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
        await (await (await forum.SignedInClientAsync("staff@forum.local")).GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK);
        await (await member.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK);
    }
}
