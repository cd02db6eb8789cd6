using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>
/// Respect (issue 6, item 9) over HTTP: the warning round trip on the forms, "Post anyway", the API's choice.
/// The signed-in clients follow redirects, so a successful post ends on the question page.
/// </summary>
public sealed partial class RespectTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string Warning = "This reads as harsh; people here are volunteers — would you like to rephrase?";
    private const string RudeBody = "Whoever made this update is an idiot: the app shows a blank window on every start.";

    [Fact]
    public async Task The_ask_page_warns_keeps_the_text_and_posts_with_an_automatic_flag_only_after_post_anyway()
    {
        var asker = await forum.NewMemberAsync("asker");
        // Letters only: a run of nine digits in a random stamp reads as a phone number, and a new member's first
        // post with one waits for a moderator (the page would then be hidden from the redirected visitor).
        var title = $"Blank window after the update {string.Concat(Guid.NewGuid().ToByteArray().Select(b => (char)('a' + b % 26)))}";
        var form = new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = RudeBody, ["Input.Category"] = "desktop-app", ["Input.Tags"] = "startup" };

        var warned = await PostFormAsync(asker, "/questions/ask", "/questions/ask", form);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var html = await warned.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(Warning), html);
        Assert.Contains("<strong>idiot</strong>", html);
        Assert.Contains(WebUtility.HtmlEncode(RudeBody), html);
        Assert.Contains("name=\"Input.ConfirmRude\" value=\"true\"", html);
        Assert.DoesNotContain(title, await asker.GetStringAsync("/api/v1/questions?sort=newest&pageSize=50"));

        var posted = await PostFormAsync(asker, "/questions/ask", "/questions/ask", new(form) { ["Input.ConfirmRude"] = "true" });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = int.Parse(QuestionId().Match(posted.RequestMessage!.RequestUri!.AbsolutePath).Groups[1].Value);
        Assert.Contains("a moderator will take a look at it", await posted.Content.ReadAsStringAsync());
        var flag = await AutomaticFlagAsync("question", id);
        Assert.Equal("Automatic: rude words: idiot", flag.GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, flag.GetProperty("reporterId").ValueKind);
        Assert.Equal(id, (await forum.CreateClient().GetQuestionAsync(id)).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task The_answer_form_warns_and_post_anyway_posts_the_answer_with_an_automatic_flag()
    {
        var id = await (await forum.NewMemberAsync("asker")).AskAsync();
        var slug = (await forum.CreateClient().GetQuestionAsync(id)).GetProperty("url").GetString()!;
        var helper = await forum.SignedInClientAsync("bob@forum.local");
        const string body = "Stop being such a moron and clear the cache folder, then restart the app.";
        var form = new Dictionary<string, string> { ["NewAnswer.Body"] = body };

        var warned = await PostFormAsync(helper, slug, $"{slug}?handler=Answer", form);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var html = await warned.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(Warning), html);
        Assert.Contains(WebUtility.HtmlEncode(body), html);
        Assert.Equal(0, (await forum.CreateClient().GetQuestionAsync(id)).GetProperty("answerCount").GetInt32());

        var posted = await PostFormAsync(helper, slug, $"{slug}?handler=Answer", new(form) { ["NewAnswer.ConfirmRude"] = "true" });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(slug, posted.RequestMessage!.RequestUri!.AbsolutePath);
        var answer = Assert.Single((await forum.CreateClient().GetQuestionAsync(id)).GetProperty("answers").EnumerateArray());
        Assert.Equal("Automatic: rude words: moron", (await AutomaticFlagAsync("answer", answer.GetProperty("id").GetInt32())).GetProperty("note").GetString());
    }

    [Fact]
    public async Task The_edit_page_warns_before_saving_rude_words()
    {
        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync();
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = "Blank window after the stupid update", ["Input.Body"] = ApiCalls.Body, ["Input.Tags"] = "startup",
        };

        var warned = await PostFormAsync(asker, $"/questions/{id}/edit", $"/questions/{id}/edit", form, withVersion: true);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("<strong>stupid</strong>", await warned.Content.ReadAsStringAsync());
        Assert.Equal("Blank window after the latest update", (await asker.GetQuestionAsync(id)).GetProperty("title").GetString());

        var saved = await PostFormAsync(asker, $"/questions/{id}/edit", $"/questions/{id}/edit", new(form) { ["Input.ConfirmRude"] = "true" }, withVersion: true);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Your edit is saved. Because of its wording", await saved.Content.ReadAsStringAsync());
        Assert.Equal("Blank window after the stupid update", (await asker.GetQuestionAsync(id)).GetProperty("title").GetString());
        Assert.Equal("Automatic: rude words: stupid", (await AutomaticFlagAsync("question", id)).GetProperty("note").GetString());
    }

    [Fact]
    public async Task The_api_accepts_and_flags_rude_posts_unless_the_client_asks_to_be_warned()
    {
        var asker = await forum.NewMemberAsync("asker");
        var rude = new { title = "Blank window after the latest update", body = RudeBody, category = "desktop-app", tags = new[] { "startup" }, warnIfRude = true };

        var refused = await (await asker.PostAsJsonAsync("/api/v1/questions", rude)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["idiot"], refused.GetProperty("rudeWords").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(Warning, refused.GetProperty("detail").GetString());

        var created = await (await asker.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion(body: RudeBody))).JsonAsync(HttpStatusCode.Created);
        Assert.True(created.GetProperty("flaggedAsRude").GetBoolean());
        var polite = await (await asker.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion(title: "Sync stops after the latest update"))).JsonAsync(HttpStatusCode.Created);
        Assert.False(polite.GetProperty("flaggedAsRude").GetBoolean());

        var answered = await (await asker.PostAsJsonAsync($"/api/v1/questions/{polite.GetProperty("id").GetInt32()}/answers",
            new { body = "I fixed it myself, the stupid cache folder was full.", warnIfRude = true })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["stupid"], answered.GetProperty("rudeWords").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task The_check_endpoint_names_the_words_and_refuses_oversized_text()
    {
        var client = forum.CreateClient();

        var rude = await (await client.PostAsJsonAsync("/api/v1/respect/check", new { text = "What an IDIOT, shut up." })).JsonAsync(HttpStatusCode.OK);
        var fine = await (await client.PostAsJsonAsync("/api/v1/respect/check", new { text = "I live in Scunthorpe and use the assistant." })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["idiot", "shut up"], rude.GetProperty("rudeWords").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(Warning, rude.GetProperty("warning").GetString());
        Assert.Empty(fine.GetProperty("rudeWords").EnumerateArray());
        await (await client.PostAsJsonAsync("/api/v1/respect/check", new { text = new string('a', 40_000) })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/respect/check", new StringContent("{", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string postUrl, Dictionary<string, string> fields, bool withVersion = false)
    {
        var page = await client.GetStringAsync(pageUrl);
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = FormTokens.Of(page) };
        if (withVersion)
            values["Input.Version"] = VersionField().Match(page).Groups[1].Value;
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(values));
    }

    private async Task<JsonElement> AutomaticFlagAsync(string postType, int postId)
    {
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var queue = await (await moderator.GetAsync("/api/v1/moderation/queue?reason=abusive&pageSize=100")).JsonAsync(HttpStatusCode.OK);
        var card = Assert.Single(queue.GetProperty("items").EnumerateArray(), c => c.GetProperty("postType").GetString() == postType && c.GetProperty("postId").GetInt32() == postId);
        return Assert.Single(card.GetProperty("flags").EnumerateArray(), f => f.GetProperty("automatic").GetBoolean());
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex(@"/questions/(\d+)/")]
    private static partial Regex QuestionId();
}
