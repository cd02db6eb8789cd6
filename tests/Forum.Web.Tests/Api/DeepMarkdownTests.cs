using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Api;

/// <summary>Markdown nested deeper than the renderer can go is a clear 400 on its field wherever Markdown is rendered, never a 500.</summary>
public sealed class DeepMarkdownTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string FaqSlug = "sync-stopped-working-after-i-changed-my-password";

    public static readonly TheoryData<string> TooDeep = new()
    {
        new string('>', 128) + " quoted",
        string.Concat(Enumerable.Repeat("> ", 200)) + "quoted",
        string.Concat(Enumerable.Repeat("- ", 100)) + "listed",
        string.Join("\n", Enumerable.Range(0, 100).Select(i => new string(' ', i * 2) + "- item")),
        new string('[', 128) + " brackets",
        string.Concat(Enumerable.Repeat("> 1. ", 60)) + "mixed",
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public async Task Too_deep_markdown_is_a_400_on_its_field_for_preview_ask_answer_edits_and_faq_revisions(string markdown)
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var body = "Steps I tried before asking, in order:\n\n" + markdown;
        var questionId = await staff.AskAsync();
        var answerId = await staff.AnswerAsync(questionId);
        var question = await staff.GetQuestionAsync(questionId);
        var faq = await (await staff.GetAsync($"/api/v1/faq/{FaqSlug}")).JsonAsync(HttpStatusCode.OK);

        await RefusedAsync(await staff.PostAsJsonAsync("/api/v1/markdown/preview", new { markdown = body }), "markdown");
        await RefusedAsync(await staff.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion(body: body)), "body");
        await RefusedAsync(await staff.PostAsJsonAsync($"/api/v1/questions/{questionId}/answers", new { body }), "body");
        await RefusedAsync(await staff.PutAsJsonAsync($"/api/v1/questions/{questionId}",
            new { title = question.GetProperty("title").GetString(), body, tags = new[] { "startup" } }), "body");
        await RefusedAsync(await staff.PutAsJsonAsync($"/api/v1/answers/{answerId}", new { body }), "body");
        await RefusedAsync(await staff.PostAsJsonAsync($"/api/v1/faq/{FaqSlug}/revisions",
            new { body, summary = "Deeper", baseRevisionId = faq.GetProperty("article").GetProperty("currentRevisionId").GetInt64() }), "body");

        // Nothing was written: the question and answer keep their text.
        var after = await staff.GetQuestionAsync(questionId);
        Assert.Equal(question.GetProperty("bodyHtml").GetString(), after.GetProperty("bodyHtml").GetString());
        Assert.Single(after.GetProperty("answers").EnumerateArray());
    }

    [Fact]
    public async Task Nesting_the_renderer_can_show_is_still_accepted()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");

        var preview = await (await staff.PostAsJsonAsync("/api/v1/markdown/preview", new { markdown = new string('>', 100) + " deep but fine" })).JsonAsync(HttpStatusCode.OK);

        Assert.Contains("deep but fine", preview.GetProperty("html").GetString());
    }

    [Fact]
    public async Task The_ask_page_shows_the_refusal_next_to_the_body()
    {
        var browser = await forum.SignedInBrowserAsync("staff@forum.local");
        var form = await browser.GetStringAsync("/questions/ask");

        var response = await browser.PostAsync("/questions/ask", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Blank window after the latest update",
            ["Input.Body"] = "Steps I tried:\n\n" + new string('>', 130) + " quoted",
            ["Input.Category"] = "desktop-app",
            ["Input.Tags"] = "startup",
            ["__RequestVerificationToken"] = FormTokens.Of(form),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too many levels deep", await response.Content.ReadAsStringAsync());
    }

    private static async Task RefusedAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.Contains("too many levels deep", messages[0].GetString());
    }
}
