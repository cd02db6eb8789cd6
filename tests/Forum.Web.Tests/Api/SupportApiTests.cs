using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Api;

public sealed class SupportApiTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static async Task<string> IdOfAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;

    [Fact]
    public async Task Asking_answers_with_an_acknowledgement_and_the_question_appears_in_Needs_attention()
    {
        var asker = await forum.NewMemberAsync("asker");
        var bob = await forum.SignedInClientAsync("bob@forum.local");

        var created = await (await asker.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion(category: "mobile-app"))).JsonAsync(HttpStatusCode.Created);
        var queue = await (await bob.GetAsync("/api/v1/support/needs-attention?category=mobile-app")).JsonAsync(HttpStatusCode.OK);

        Assert.StartsWith("Your question was received", created.GetProperty("acknowledgement").GetString());
        var id = created.GetProperty("id").GetInt32();
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);
        await (await forum.CreateClient().GetAsync("/api/v1/support/needs-attention")).JsonAsync(HttpStatusCode.Unauthorized);
        await (await bob.GetAsync("/api/v1/support/needs-attention?category=nope")).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_staff_set_a_tier_and_bad_tiers_are_refused()
    {
        var member = await forum.NewMemberAsync("tiered");
        var memberId = await IdOfAsync(member);
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var bob = await forum.SignedInClientAsync("bob@forum.local");

        var set = await (await staff.PutAsJsonAsync($"/api/v1/members/{memberId}/tier", new { tier = "priority" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("priority", set.GetProperty("tier").GetString());
        var created = await (await member.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion())).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("priority", (await member.GetQuestionAsync(created.GetProperty("id").GetInt32())).GetProperty("askerTier").GetString());

        await (await bob.PutAsJsonAsync($"/api/v1/members/{memberId}/tier", new { tier = "standard" })).JsonAsync(HttpStatusCode.Forbidden);
        await (await forum.CreateClient().PutAsJsonAsync($"/api/v1/members/{memberId}/tier", new { tier = "standard" })).JsonAsync(HttpStatusCode.Unauthorized);
        await (await staff.PutAsJsonAsync($"/api/v1/members/{memberId}/tier", new { tier = "gold" })).JsonAsync(HttpStatusCode.BadRequest);
        await (await staff.PutAsJsonAsync($"/api/v1/members/{memberId}/tier", new { tier = 7 })).JsonAsync(HttpStatusCode.BadRequest);
        await (await staff.PutAsJsonAsync("/api/v1/members/nobody/tier", new { tier = "standard" })).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Two_helpers_taking_the_same_question_at_once_get_one_success_and_one_conflict()
    {
        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync();
        var bob = await forum.SignedInClientAsync("bob@forum.local");
        var staff = await forum.SignedInClientAsync("staff@forum.local");

        var responses = await Task.WhenAll(bob.PostAsync($"/api/v1/questions/{id}/take", null), staff.PostAsync($"/api/v1/questions/{id}/take", null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var winner = responses[0].StatusCode == HttpStatusCode.OK ? bob : staff;
        await (await winner.DeleteAsync($"/api/v1/questions/{id}/take")).JsonAsync(HttpStatusCode.OK);
        await (await asker.PostAsync($"/api/v1/questions/{id}/take", null)).JsonAsync(HttpStatusCode.Conflict);
        await (await bob.PostAsync("/api/v1/questions/999999/take", null)).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Needs_info_takes_a_question_out_of_the_queue_until_it_is_cleared()
    {
        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync();
        var bob = await forum.SignedInClientAsync("bob@forum.local");
        var alice = await forum.SignedInClientAsync("alice@forum.local");

        await (await alice.PostAsync($"/api/v1/questions/{id}/needs-info", null)).JsonAsync(HttpStatusCode.Forbidden);
        await (await bob.PostAsync($"/api/v1/questions/{id}/needs-info", null)).JsonAsync(HttpStatusCode.OK);
        var queue = await (await bob.GetAsync("/api/v1/support/needs-attention")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);

        await (await asker.DeleteAsync($"/api/v1/questions/{id}/needs-info")).JsonAsync(HttpStatusCode.OK);
        queue = await (await bob.GetAsync("/api/v1/support/needs-attention")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id && i.GetProperty("isBackInQueue").GetBoolean());
    }

    [Fact]
    public async Task Metrics_are_for_staff_only_over_7_30_or_90_days()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var bob = await forum.SignedInClientAsync("bob@forum.local");

        var metrics = await (await staff.GetAsync("/api/v1/support/metrics?days=30")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(30, metrics.GetProperty("days").GetInt32());
        Assert.True(metrics.GetProperty("overall").GetProperty("asked").GetInt32() > 0);

        await (await bob.GetAsync("/api/v1/support/metrics")).JsonAsync(HttpStatusCode.Forbidden);
        await (await staff.GetAsync("/api/v1/support/metrics?days=8")).JsonAsync(HttpStatusCode.BadRequest);
        await (await staff.GetAsync("/api/v1/support/metrics?days=lots")).JsonAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Notifications_list_read_and_read_all_only_touch_your_own()
    {
        var asker = await forum.NewMemberAsync("asker");
        var helper = await forum.NewMemberAsync("helper");
        var id = await asker.AskAsync();
        await helper.AnswerAsync(id);
        await forum.RunFollowUpWorkAsync();

        var list = await (await asker.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, list.GetProperty("unreadCount").GetInt32());
        var first = list.GetProperty("items")[0];
        Assert.Equal("newAnswerOnYourQuestion", first.GetProperty("kind").GetString());
        var notificationId = first.GetProperty("id").GetInt64();

        await (await helper.PostAsync($"/api/v1/notifications/{notificationId}/read", null)).JsonAsync(HttpStatusCode.NotFound);
        var read = await (await asker.PostAsync($"/api/v1/notifications/{notificationId}/read", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, read.GetProperty("unreadCount").GetInt32());
        await (await asker.PostAsync("/api/v1/notifications/read-all", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, (await (await asker.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK)).GetProperty("unreadCount").GetInt32());
        await (await forum.CreateClient().GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.Unauthorized);
        await (await asker.GetAsync("/api/v1/notifications?pageSize=1000")).JsonAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Watching_and_email_preferences_work_through_the_api()
    {
        var watcher = await forum.NewMemberAsync("watcher");
        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync();

        Assert.True((await (await watcher.PostAsync($"/api/v1/questions/{id}/watch", null)).JsonAsync(HttpStatusCode.OK)).GetProperty("watching").GetBoolean());
        Assert.False((await (await watcher.DeleteAsync($"/api/v1/questions/{id}/watch")).JsonAsync(HttpStatusCode.OK)).GetProperty("watching").GetBoolean());
        await (await watcher.PostAsync("/api/v1/questions/999999/watch", null)).JsonAsync(HttpStatusCode.NotFound);

        await (await watcher.PutAsJsonAsync("/api/v1/notifications/email-preferences", new { kind = "mention", sendEmail = false })).JsonAsync(HttpStatusCode.OK);
        var preferences = await (await watcher.GetAsync("/api/v1/notifications/email-preferences")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(preferences.EnumerateArray(), p => p.GetProperty("kind").GetString() == "mention" && !p.GetProperty("sendEmail").GetBoolean());
        await (await watcher.PutAsJsonAsync("/api/v1/notifications/email-preferences", new { kind = "everything", sendEmail = false })).JsonAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Follow_ups_refuse_bad_links_and_questions_without_a_follow_up()
    {
        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync();

        await (await forum.CreateClient().PostAsJsonAsync($"/api/v1/questions/{id}/follow-up", new { stillSolved = false, token = "forged" })).JsonAsync(HttpStatusCode.Forbidden);
        await (await forum.CreateClient().PostAsJsonAsync($"/api/v1/questions/{id}/follow-up", new { stillSolved = false })).JsonAsync(HttpStatusCode.Unauthorized);
        await (await asker.PostAsJsonAsync($"/api/v1/questions/{id}/follow-up", new { stillSolved = false })).JsonAsync(HttpStatusCode.Conflict);
        await (await asker.PostAsJsonAsync($"/api/v1/questions/{id}/follow-up", new { stillSolved = false, token = new string('a', 5000) })).JsonAsync(HttpStatusCode.BadRequest);
        await (await asker.PostAsJsonAsync($"/api/v1/questions/{id}/rating", new { rating = 9 })).JsonAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Common_responses_are_listed_for_members_and_changed_only_by_staff()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var bob = await forum.SignedInClientAsync("bob@forum.local");

        var created = await (await staff.PostAsJsonAsync("/api/v1/common-responses", new { title = "Restart first", body = "Please restart the app and try again.", category = "mobile-app" })).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var found = await (await bob.GetAsync("/api/v1/common-responses?category=mobile-app&q=restart")).JsonAsync(HttpStatusCode.OK);

        Assert.Contains(found.EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
        await (await bob.PostAsJsonAsync("/api/v1/common-responses", new { title = "Mine", body = "A response of my own.", category = (string?)null })).JsonAsync(HttpStatusCode.Forbidden);
        await (await bob.DeleteAsync($"/api/v1/common-responses/{id}")).JsonAsync(HttpStatusCode.Forbidden);
        await (await forum.CreateClient().GetAsync("/api/v1/common-responses")).JsonAsync(HttpStatusCode.Unauthorized);
        await (await staff.PutAsJsonAsync($"/api/v1/common-responses/{id}", new { title = "", body = "" })).JsonAsync(HttpStatusCode.BadRequest);
        await (await staff.PutAsJsonAsync($"/api/v1/common-responses/{id}", new { title = "Restart first", body = new string('x', 6000) })).JsonAsync(HttpStatusCode.BadRequest);
        await (await staff.DeleteAsync($"/api/v1/common-responses/{id}")).JsonAsync(HttpStatusCode.NoContent);
        await (await staff.DeleteAsync($"/api/v1/common-responses/{id}")).JsonAsync(HttpStatusCode.NotFound);
    }
}
