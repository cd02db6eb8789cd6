using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Api;

public sealed class FaqApiTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string Staff = "staff@forum.local";

    /// <summary>A thread whose answer the asker accepted and staff verified; returns (staff client, answer id, helper client).</summary>
    private async Task<(HttpClient Staff, int AnswerId, HttpClient Helper)> VerifiedAnswerAsync(string title)
    {
        var asker = await forum.NewMemberAsync("asker");
        var helper = await forum.NewMemberAsync("helper");
        var staff = await forum.SignedInClientAsync(Staff);
        var questionId = await asker.AskAsync(ApiCalls.NewQuestion(title));
        var answerId = await helper.AnswerAsync(questionId, "Open Settings, choose Disconnect this device, then sign in again with the new password.");
        await (await asker.PostAsync($"/api/v1/answers/{answerId}/accept", null)).JsonAsync(HttpStatusCode.OK);
        var verified = await (await staff.PostAsync($"/api/v1/answers/{answerId}/verify", null)).JsonAsync(HttpStatusCode.OK);
        Assert.True(verified.GetProperty("isVerified").GetBoolean());
        return (staff, answerId, helper);
    }

    private static async Task<JsonElement> PromoteAsync(HttpClient staff, int answerId, HttpStatusCode expected = HttpStatusCode.Created) =>
        await (await staff.PostAsJsonAsync($"/api/v1/answers/{answerId}/promote", new { publish = true })).JsonAsync(expected);

    [Fact]
    public async Task Staff_verify_and_promote_an_answer_and_the_article_is_in_the_faq_with_its_credit_and_suggested()
    {
        var (staff, answerId, helper) = await VerifiedAnswerAsync("Calendar invites arrive an hour late after the clock change");
        Assert.Equal(1 + 15 + 25, await helper.ReputationAsync());

        var promoted = await PromoteAsync(staff, answerId);
        var slug = promoted.GetProperty("slug").GetString()!;
        Assert.True(promoted.GetProperty("articleId").GetInt32() > 0);
        Assert.Equal(1 + 15 + 25 + 50, await helper.ReputationAsync());

        var visitor = forum.CreateClient();
        var index = await (await visitor.GetAsync("/api/v1/faq")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(slug, index.GetRawText());
        var article = await (await visitor.GetAsync($"/api/v1/faq/{slug}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Calendar invites arrive an hour late after the clock change", article.GetProperty("article").GetProperty("title").GetString());
        var helperName = (await (await helper.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("displayName").GetString();
        Assert.Equal(helperName, article.GetProperty("article").GetProperty("basedOnAnswerBy").GetProperty("displayName").GetString());
        var suggestions = await (await visitor.GetAsync("/api/v1/faq/suggest?q=calendar%20invites%20late")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal($"/faq/{slug}", suggestions[0].GetProperty("url").GetString());
        Assert.Equal("faq", suggestions[0].GetProperty("kind").GetString());

        var again = await PromoteAsync(staff, answerId, HttpStatusCode.OK);
        Assert.Equal(slug, again.GetProperty("slug").GetString());

        await (await staff.DeleteAsync($"/api/v1/answers/{answerId}/verify")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1 + 15 + 50, await helper.ReputationAsync());
    }

    [Fact]
    public async Task Members_are_refused_every_staff_action_and_visitors_must_log_in()
    {
        var (staff, answerId, _) = await VerifiedAnswerAsync("Printer queue stalls when the laptop sleeps");
        var slug = (await PromoteAsync(staff, answerId)).GetProperty("slug").GetString()!;
        var dev = await forum.SignedInClientAsync("dev@forum.local");
        var baseId = await CurrentRevisionAsync(slug);
        var revisionId = (await (await dev.PostAsJsonAsync($"/api/v1/faq/{slug}/revisions", new { body = "Wake the laptop, then clear the printer queue from Settings → Printers.", summary = "Simpler", baseRevisionId = baseId }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("revisionId").GetInt64();

        (HttpMethod Method, string Url, object? Body)[] staffOnly =
        [
            (HttpMethod.Post, $"/api/v1/answers/{answerId}/verify", null),
            (HttpMethod.Delete, $"/api/v1/answers/{answerId}/verify", null),
            (HttpMethod.Post, $"/api/v1/answers/{answerId}/promote", new { publish = true }),
            (HttpMethod.Post, $"/api/v1/faq/revisions/{revisionId}/approve", null),
            (HttpMethod.Post, $"/api/v1/faq/revisions/{revisionId}/reject", new { comment = "No" }),
            (HttpMethod.Post, $"/api/v1/faq/{slug}/archive", null),
            (HttpMethod.Post, $"/api/v1/faq/{slug}/publish", null),
            (HttpMethod.Get, "/api/v1/faq/report", null),
            (HttpMethod.Get, "/api/v1/faq/revisions/pending", null),
        ];
        var member = await forum.SignedInClientAsync("bob@forum.local");
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var visitor = forum.CreateClient();
        foreach (var (method, url, body) in staffOnly)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await member.SendAsync(Request(method, url, body))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await moderator.SendAsync(Request(method, url, body))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.SendAsync(Request(method, url, body))).StatusCode);
        }
        var proposal = new { body = "Another text for this article, long enough to be a body.", summary = "x", baseRevisionId = baseId };
        var refused = await (await member.PostAsJsonAsync($"/api/v1/faq/{slug}/revisions", proposal)).JsonAsync(HttpStatusCode.Forbidden);
        Assert.Contains("500 reputation", refused.GetProperty("detail").GetString());
        await (await visitor.PostAsJsonAsync($"/api/v1/faq/{slug}/revisions", proposal)).JsonAsync(HttpStatusCode.Unauthorized);

        var approved = await (await staff.PostAsync($"/api/v1/faq/revisions/{revisionId}/approve", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Promoting_an_unverified_answer_is_409_and_bad_promotions_are_400_or_404()
    {
        var asker = await forum.NewMemberAsync();
        var helper = await forum.NewMemberAsync();
        var staff = await forum.SignedInClientAsync(Staff);
        var answerId = await helper.AnswerAsync(await asker.AskAsync(ApiCalls.NewQuestion("Unverified answers stay in the thread")));

        var conflict = await (await staff.PostAsJsonAsync($"/api/v1/answers/{answerId}/promote", new { publish = true })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("staff-verified", conflict.GetProperty("detail").GetString());
        await (await staff.PostAsJsonAsync($"/api/v1/answers/{answerId}/promote", new { title = "A title without the publish flag" })).JsonAsync(HttpStatusCode.BadRequest);
        await (await staff.PostAsync($"/api/v1/answers/{answerId}/promote", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"))).JsonAsync(HttpStatusCode.BadRequest);
        await (await staff.PostAsync($"/api/v1/answers/{answerId}/verify", null)).JsonAsync(HttpStatusCode.OK);
        var invalid = await (await staff.PostAsJsonAsync($"/api/v1/answers/{answerId}/promote", new { publish = true, title = "short", body = new string('x', 40_000) })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("title", out _));
        Assert.True(invalid.GetProperty("errors").TryGetProperty("body", out _));
        await (await staff.PostAsJsonAsync("/api/v1/answers/987654/promote", new { publish = true })).JsonAsync(HttpStatusCode.NotFound);
        await (await staff.PostAsync("/api/v1/answers/987654/verify", null)).JsonAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("unverified-answers", (await (await staff.GetAsync("/api/v1/faq")).JsonAsync(HttpStatusCode.OK)).GetRawText());
    }

    [Fact]
    public async Task An_edit_of_an_older_revision_is_409_with_the_newer_text()
    {
        var (staff, answerId, _) = await VerifiedAnswerAsync("Photos upload twice from the phone gallery");
        var slug = (await PromoteAsync(staff, answerId)).GetProperty("slug").GetString()!;
        var baseId = await CurrentRevisionAsync(slug);
        var carmen = await forum.SignedInClientAsync("carmen@forum.local");
        var dev = await forum.SignedInClientAsync("dev@forum.local");
        var first = await ProposeAsync(carmen, slug, "Turn off gallery backup in the phone settings; the app uploads photos itself.", baseId);
        var second = await ProposeAsync(dev, slug, "Remove duplicate uploads from the web, then turn off gallery backup.", baseId);

        var approvals = await Task.WhenAll(
            staff.PostAsync($"/api/v1/faq/revisions/{first}/approve", null),
            staff.PostAsync($"/api/v1/faq/revisions/{second}/approve", null));

        Assert.Equal([HttpStatusCode.Conflict, HttpStatusCode.OK], approvals.Select(r => r.StatusCode).OrderByDescending(s => (int)s).ToList());
        var current = await CurrentRevisionAsync(slug);
        var stale = await (await carmen.PostAsJsonAsync($"/api/v1/faq/{slug}/revisions", new { body = "Yet another version of this text, based on the old one.", summary = "", baseRevisionId = baseId }))
            .JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(current, stale.GetProperty("currentRevisionId").GetInt64());
        Assert.Contains("gallery backup", stale.GetProperty("currentBody").GetString());
        await (await carmen.PostAsJsonAsync($"/api/v1/faq/{slug}/revisions", new { body = "short", baseRevisionId = current })).JsonAsync(HttpStatusCode.BadRequest);
        await (await carmen.PostAsJsonAsync("/api/v1/faq/no-such-article/revisions", new { body = "A long enough body for a revision of nothing.", baseRevisionId = current })).JsonAsync(HttpStatusCode.NotFound);
        await (await staff.PostAsJsonAsync("/api/v1/faq/revisions/999999/reject", new { comment = "No" })).JsonAsync(HttpStatusCode.NotFound);
        await (await staff.PostAsJsonAsync($"/api/v1/faq/revisions/{first}/reject", new { comment = "" })).JsonAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Feedback_counts_once_per_member_and_per_anonymous_browser_and_staff_see_the_reasons()
    {
        var (staff, answerId, _) = await VerifiedAnswerAsync("Battery drains overnight with the app closed");
        var slug = (await PromoteAsync(staff, answerId)).GetProperty("slug").GetString()!;
        var browser = forum.CreateClient();
        var member = await forum.NewMemberAsync();

        await (await browser.PostAsJsonAsync($"/api/v1/faq/{slug}/feedback", new { helpful = false })).JsonAsync(HttpStatusCode.OK);
        await (await browser.PostAsJsonAsync($"/api/v1/faq/{slug}/feedback", new { helpful = false, reason = "outdated" })).JsonAsync(HttpStatusCode.OK);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => member.PostAsJsonAsync($"/api/v1/faq/{slug}/feedback", new { helpful = true })));
        await (await browser.PostAsJsonAsync($"/api/v1/faq/{slug}/feedback", new { helpful = false, reason = "nonsense" })).JsonAsync(HttpStatusCode.BadRequest);
        await (await browser.PostAsJsonAsync($"/api/v1/faq/{slug}/feedback", new { helpful = true, reason = "confusing" })).JsonAsync(HttpStatusCode.BadRequest);
        await (await browser.PostAsJsonAsync("/api/v1/faq/missing-article/feedback", new { helpful = true })).JsonAsync(HttpStatusCode.NotFound);

        var report = await (await staff.GetAsync("/api/v1/faq/report")).JsonAsync(HttpStatusCode.OK);
        var row = report.GetProperty("articles").EnumerateArray().Single(r => r.GetProperty("slug").GetString() == slug);
        Assert.Equal(1, row.GetProperty("feedback").GetProperty("helpful").GetInt32());
        Assert.Equal(1, row.GetProperty("feedback").GetProperty("notHelpful").GetInt32());
        Assert.Equal(1, row.GetProperty("feedback").GetProperty("reasons").GetProperty("outdated").GetInt32());
    }

    [Fact]
    public async Task Asking_records_the_suggestions_seen_and_opened_and_suggest_refuses_oversized_input()
    {
        var (staff, answerId, _) = await VerifiedAnswerAsync("Keyboard shortcuts stop working in full screen");
        var articleId = (await PromoteAsync(staff, answerId)).GetProperty("articleId").GetInt32();
        var asker = await forum.NewMemberAsync();

        await asker.AskAsync(new
        {
            title = "Shortcuts broken in full screen mode",
            body = ApiCalls.Body,
            category = "desktop-app",
            suggestionsSeen = new[] { $"faq:{articleId}" },
            suggestionsOpened = new[] { $"faq:{articleId}" },
        });
        var bad = await asker.PostAsJsonAsync("/api/v1/questions", new { title = "Shortcuts broken in full screen again", body = ApiCalls.Body, category = "desktop-app", suggestionsSeen = new[] { "<script>" } });

        await bad.JsonAsync(HttpStatusCode.BadRequest);
        var report = await (await staff.GetAsync("/api/v1/faq/report")).JsonAsync(HttpStatusCode.OK);
        var row = report.GetProperty("failingToDeflect").EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == articleId);
        Assert.Equal(1, row.GetProperty("openedBeforeAsking").GetInt32());
        await (await forum.CreateClient().GetAsync("/api/v1/faq/suggest?q=" + new string('a', 600))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, (await (await forum.CreateClient().GetAsync("/api/v1/faq/suggest?q=%25%27%22")).JsonAsync(HttpStatusCode.OK)).GetArrayLength());
    }

    private async Task<long> CurrentRevisionAsync(string slug) =>
        (await (await forum.CreateClient().GetAsync($"/api/v1/faq/{slug}")).JsonAsync(HttpStatusCode.OK)).GetProperty("article").GetProperty("currentRevisionId").GetInt64();

    private static async Task<long> ProposeAsync(HttpClient client, string slug, string body, long baseId) =>
        (await (await client.PostAsJsonAsync($"/api/v1/faq/{slug}/revisions", new { body, summary = "Edit", baseRevisionId = baseId }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("revisionId").GetInt64();

    private static HttpRequestMessage Request(HttpMethod method, string url, object? body) =>
        new(method, url) { Content = body is null ? null : JsonContent.Create(body) };
}
