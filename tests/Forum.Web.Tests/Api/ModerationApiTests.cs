using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Api;

public sealed class ModerationApiTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static readonly string[] Moderators = ["moderator@forum.local", "staff@forum.local", "admin@forum.local"];
    private static readonly string[] Reporters = ["carmen@forum.local", "dev@forum.local", "lin@forum.local"];

    private async Task<(HttpClient Author, string AuthorId, int QuestionId, int AnswerId)> SpamAnswerAsync()
    {
        var asker = await forum.NewMemberAsync("asker");
        var author = await forum.NewMemberAsync("spammer");
        var id = await asker.AskAsync();
        var answer = await author.AnswerAsync(id, "Great deals on licences today, message me for a discount code.");
        var authorId = (await (await author.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;
        return (author, authorId, id, answer);
    }

    private async Task FlagBySeededHelpersAsync(int answerId)
    {
        foreach (var email in Reporters)
        {
            var reporter = await forum.SignedInClientAsync(email);
            await (await reporter.PostAsJsonAsync($"/api/v1/answers/{answerId}/flags", new { reason = "spam" })).JsonAsync(HttpStatusCode.Created);
        }
    }

    [Fact]
    public async Task Three_spam_flags_hide_an_answer_from_every_api_read_but_its_authors()
    {
        var (author, authorId, id, answer) = await SpamAnswerAsync();

        await FlagBySeededHelpersAsync(answer);

        var anonymous = await forum.CreateClient().GetQuestionAsync(id);
        Assert.Equal(0, anonymous.GetProperty("answers").GetArrayLength());
        Assert.Equal(0, anonymous.GetProperty("answerCount").GetInt32());
        var profile = await (await forum.CreateClient().GetAsync($"/api/v1/members/{authorId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, profile.GetProperty("answers").GetArrayLength());
        await (await forum.CreateClient().GetAsync($"/api/v1/answers/{answer}/history")).JsonAsync(HttpStatusCode.NotFound);
        var own = (await author.GetQuestionAsync(id)).GetProperty("answers")[0];
        Assert.Equal("hidden", own.GetProperty("moderation").GetProperty("state").GetString());
        Assert.Equal("hidden: flagged as spam", own.GetProperty("moderation").GetProperty("label").GetString());
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var queue = await (await moderator.GetAsync("/api/v1/moderation/queue")).JsonAsync(HttpStatusCode.OK);
        var card = queue.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("postId").GetInt32() == answer);
        Assert.Equal(3, card.GetProperty("flags").GetArrayLength());
        Assert.Equal("answer", card.GetProperty("postType").GetString());
    }

    [Fact]
    public async Task A_moderator_deletes_the_spam_and_the_author_loses_100_and_the_log_shows_it()
    {
        var (author, authorId, _, answer) = await SpamAnswerAsync();
        var bob = await forum.SignedInClientAsync("bob@forum.local");
        await (await bob.PostAsJsonAsync($"/api/v1/answers/{answer}/vote", new { value = 1 })).JsonAsync(HttpStatusCode.OK);
        await FlagBySeededHelpersAsync(answer);
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");

        var result = await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/answer/{answer}/actions", new { action = "delete" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("deleted", result.GetProperty("moderation").GetProperty("state").GetString());
        Assert.Equal(1, await author.ReputationAsync());
        var log = await (await moderator.GetAsync($"/api/v1/moderation/log?action=delete&member={authorId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(answer, log.GetProperty("items")[0].GetProperty("postId").GetInt32());
        var carmen = await forum.SignedInClientAsync("carmen@forum.local");
        var flags = await (await carmen.GetAsync("/api/v1/members/me/flags")).JsonAsync(HttpStatusCode.OK);
        Assert.True(flags.GetProperty("helpful").GetInt32() >= 1);
        await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/answer/{answer}/actions", new { action = "delete" })).JsonAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Every_moderation_endpoint_answers_each_role_as_it_should()
    {
        var clients = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = forum.CreateClient(),
            ["member"] = await forum.SignedInClientAsync("bob@forum.local"),
        };
        foreach (var email in Moderators)
            clients[email] = await forum.SignedInClientAsync(email);
        foreach (var (role, client) in clients)
        {
            var asker = await forum.NewMemberAsync("asker");
            var isModerator = Moderators.Contains(role);
            var expectedRead = role == "anonymous" ? HttpStatusCode.Unauthorized : isModerator ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            var id = await asker.AskAsync(ApiCalls.NewQuestion(title: $"Blank window question for the {role} check"));
            var answer = await asker.AnswerAsync(id, $"An answer of my own for the {role} check, with more detail.");

            Assert.Equal(expectedRead, (await client.GetAsync("/api/v1/moderation/queue")).StatusCode);
            Assert.Equal(expectedRead, (await client.GetAsync("/api/v1/moderation/queue/count")).StatusCode);
            Assert.Equal(expectedRead, (await client.GetAsync("/api/v1/moderation/log")).StatusCode);
            Assert.Equal(expectedRead, (await client.PostAsJsonAsync($"/api/v1/moderation/queue/question/{id}/actions", new { action = "lock" })).StatusCode);
            Assert.Equal(expectedRead, (await client.PostAsJsonAsync($"/api/v1/moderation/queue/answer/{answer}/actions", new { action = "hide", reason = "test" })).StatusCode);
            var expectedFlag = role == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Created;
            Assert.Equal(expectedFlag, (await client.PostAsJsonAsync($"/api/v1/questions/{id}/flags", new { reason = "off-topic" })).StatusCode);
            Assert.Equal(role == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.OK, (await client.GetAsync("/api/v1/members/me/flags")).StatusCode);
        }
        var newcomer = await forum.NewMemberAsync();
        var other = await (await forum.NewMemberAsync("asker")).AskAsync();
        await (await newcomer.PostAsJsonAsync($"/api/v1/questions/{other}/flags", new { reason = "spam" })).JsonAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_second_flag_is_409_and_bad_flags_are_400_or_404()
    {
        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync();
        var bob = await forum.SignedInClientAsync("bob@forum.local");

        await (await bob.PostAsJsonAsync($"/api/v1/questions/{id}/flags", new { reason = "off-topic" })).JsonAsync(HttpStatusCode.Created);
        await (await bob.PostAsJsonAsync($"/api/v1/questions/{id}/flags", new { reason = "spam" })).JsonAsync(HttpStatusCode.Conflict);
        var invalid = await (await bob.PostAsJsonAsync($"/api/v1/questions/{id}/flags", new { reason = "hateful" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("reason", out _));
        await (await bob.PostAsJsonAsync($"/api/v1/questions/{id}/flags", new { reason = "needs-moderator", note = new string('x', 5000) })).JsonAsync(HttpStatusCode.BadRequest);
        await (await bob.PostAsJsonAsync($"/api/v1/questions/{id}/flags", new { reason = "not-an-answer" })).JsonAsync(HttpStatusCode.BadRequest);
        await (await bob.PostAsync($"/api/v1/questions/{id}/flags", new StringContent("{\"reason\":", Encoding.UTF8, "application/json"))).JsonAsync(HttpStatusCode.BadRequest);
        await (await bob.PostAsJsonAsync("/api/v1/answers/999999/flags", new { reason = "spam" })).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_same_flag_sent_twice_at_the_same_moment_is_recorded_once()
    {
        var id = await (await forum.NewMemberAsync("asker")).AskAsync();
        var dev = await forum.SignedInClientAsync("dev@forum.local");

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => dev.PostAsJsonAsync($"/api/v1/questions/{id}/flags", new { reason = "off-topic" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task The_queue_and_log_pages_are_for_moderators_only()
    {
        var options = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        var anonymous = await forum.CreateClient(options).GetAsync("/moderation");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Identity/Account/Login", anonymous.Headers.Location!.OriginalString);

        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var queue = await moderator.GetStringAsync("/moderation");
        Assert.Contains("Moderation queue", queue);
        Assert.Contains("Moderation log", await moderator.GetStringAsync("/moderation/log"));
        var bob = await forum.SignedInClientAsync("bob@forum.local");
        Assert.NotEqual(HttpStatusCode.OK, (await bob.GetAsync("/moderation")).StatusCode);
    }

    [Fact]
    public async Task Ticked_cards_are_handled_together_from_the_queue_page_without_javascript()
    {
        var first = await (await forum.NewMemberAsync("asker")).AskAsync();
        var second = await (await forum.NewMemberAsync("asker")).AskAsync();
        var lin = await forum.SignedInClientAsync("lin@forum.local");
        foreach (var id in new[] { first, second })
            await (await lin.PostAsJsonAsync($"/api/v1/questions/{id}/flags", new { reason = "off-topic" })).JsonAsync(HttpStatusCode.Created);
        var moderator = await forum.SignedInClientAsync("staff@forum.local");
        var page = await moderator.GetStringAsync("/moderation?reason=off-topic");
        var token = FormTokens.Of(page);

        var response = await moderator.PostAsync("/moderation?handler=Bulk&reason=off-topic", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("action", "dismiss"), new("days", "7"), new("reason", ""),
            new("selected", $"question:{first}"), new("selected", $"question:{second}"),
        ]));

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        var flags = await (await lin.GetAsync("/api/v1/members/me/flags")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, flags.GetProperty("declined").GetInt32());
        var queue = await (await moderator.GetAsync("/api/v1/moderation/queue?reason=off-topic")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(queue.GetProperty("items").EnumerateArray(), c => c.GetProperty("postId").GetInt32() == first || c.GetProperty("postId").GetInt32() == second);
    }

    [Fact]
    public async Task An_unknown_action_a_question_only_action_on_an_answer_or_a_suspension_without_days_is_a_400_naming_the_field()
    {
        var id = await (await forum.NewMemberAsync("asker")).AskAsync();
        var answer = await (await forum.NewMemberAsync("helper")).AnswerAsync(id);
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");

        var unknown = await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{id}/actions", new { action = "explode" })).JsonAsync(HttpStatusCode.BadRequest);
        var locked = await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/answer/{answer}/actions", new { action = "lock" })).JsonAsync(HttpStatusCode.BadRequest);
        var missing = await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{id}/actions", new { reason = "spam" })).JsonAsync(HttpStatusCode.BadRequest);
        var noDays = await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/answer/{answer}/actions", new { action = "suspend-author", reason = "spam" })).JsonAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith("Choose an action: approve, dismiss, hide, delete, restore, lock, unlock, close-duplicate, suspend-author, purge-author",
            unknown.GetProperty("errors").GetProperty("action")[0].GetString());
        Assert.Equal("Only questions can be locked, unlocked or closed as duplicates.", locked.GetProperty("errors").GetProperty("postType")[0].GetString());
        Assert.Equal(400, missing.GetProperty("status").GetInt32());
        Assert.Equal("Suspend for 1, 7 or 30 days, or 0 for permanently.", noDays.GetProperty("errors").GetProperty("days")[0].GetString());
        Assert.Equal("open", (await forum.CreateClient().GetQuestionAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_moderator_actions_are_400_or_404_and_never_half_done()
    {
        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync();
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var url = $"/api/v1/moderation/queue/question/{id}/actions";

        await (await moderator.PostAsJsonAsync(url, new { action = "explode" })).JsonAsync(HttpStatusCode.BadRequest);
        await (await moderator.PostAsJsonAsync(url, new { action = "suspend-author", reason = "spam", days = 3 })).JsonAsync(HttpStatusCode.BadRequest);
        await (await moderator.PostAsJsonAsync(url, new { action = "hide", reason = new string('x', 600) })).JsonAsync(HttpStatusCode.BadRequest);
        await (await moderator.PostAsJsonAsync(url, new { action = "close-duplicate", duplicateOfQuestionId = 999999 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/comment/{id}/actions", new { action = "lock" })).StatusCode);
        await (await moderator.PostAsJsonAsync("/api/v1/moderation/queue/question/999999/actions", new { action = "lock" })).JsonAsync(HttpStatusCode.NotFound);
        await (await moderator.GetAsync("/api/v1/moderation/log?postType=comment")).JsonAsync(HttpStatusCode.BadRequest);
        await (await moderator.GetAsync("/api/v1/moderation/queue?pageSize=100000")).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal("open", (await asker.GetQuestionAsync(id)).GetProperty("status").GetString());
        var log = await (await moderator.GetAsync($"/api/v1/moderation/log?postType=question&postId={id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, log.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Two_moderators_deleting_the_same_card_at_the_same_moment_one_wins_and_reputation_changes_once()
    {
        var (_, authorId, _, answer) = await SpamAnswerAsync();
        var bob = await forum.SignedInClientAsync("bob@forum.local");
        await (await bob.PostAsJsonAsync($"/api/v1/answers/{answer}/vote", new { value = 1 })).JsonAsync(HttpStatusCode.OK);
        await FlagBySeededHelpersAsync(answer);
        var first = await forum.SignedInClientAsync("moderator@forum.local");
        var second = await forum.SignedInClientAsync("staff@forum.local");
        var url = $"/api/v1/moderation/queue/answer/{answer}/actions";

        var responses = await Task.WhenAll(first.PostAsJsonAsync(url, new { action = "delete" }), second.PostAsJsonAsync(url, new { action = "delete" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var profile = await (await forum.CreateClient().GetAsync($"/api/v1/members/{authorId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Single(profile.GetProperty("history").EnumerateArray(), line => line.GetProperty("reason").GetString() == "postRemovedAsSpamOrAbuse");
        Assert.Equal(1, profile.GetProperty("reputation").GetInt32());
        var log = await (await first.GetAsync($"/api/v1/moderation/log?postType=answer&postId={answer}&action=delete")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, log.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_new_members_first_question_with_a_link_waits_for_review_and_a_moderator_approves_it()
    {
        var newcomer = await forum.NewMemberAsync("newcomer");
        var created = await (await newcomer.PostAsJsonAsync("/api/v1/questions",
            ApiCalls.NewQuestion(title: "Blank window, screenshot on my site", body: "The window is blank, see https://example.com/shot.png for a screenshot of it."))).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();

        Assert.True(created.GetProperty("awaitingReview").GetBoolean());
        await (await forum.CreateClient().GetAsync($"/api/v1/questions/{id}")).JsonAsync(HttpStatusCode.NotFound);
        var list = await (await forum.CreateClient().GetAsync("/api/v1/questions?pageSize=50")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), q => q.GetProperty("id").GetInt32() == id);
        Assert.Equal("held", (await newcomer.GetQuestionAsync(id)).GetProperty("moderation").GetProperty("state").GetString());

        var moderator = await forum.SignedInClientAsync("admin@forum.local");
        await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{id}/actions", new { action = "approve" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(JsonValueKind.Null, (await forum.CreateClient().GetQuestionAsync(id)).GetProperty("moderation").ValueKind);
    }
}
