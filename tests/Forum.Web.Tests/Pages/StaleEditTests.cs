using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>
/// The edit pages of questions and answers (one page base): a form opened before someone else saved comes back with
/// 409, the conflict message, the other text and the reader's draft, and moves to the current version, so saving again
/// means "I have seen their version" and succeeds.
/// </summary>
public sealed partial class StaleEditTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string Conflict = "Someone else edited this post after you opened it.";

    [Fact]
    public async Task A_stale_answer_edit_comes_back_with_409_the_other_text_and_the_draft_then_saves()
    {
        var asker = await forum.NewMemberAsync("asker");
        var helper = await forum.NewMemberAsync("helper");
        var questionId = await asker.AskAsync();
        var answerId = await helper.AnswerAsync(questionId);
        var form = await helper.GetStringAsync($"/answers/{answerId}/edit");

        const string theirs = "Close the app, delete the cache folder in your profile, then start it again and sign in.";
        await (await helper.PutAsJsonAsync($"/api/v1/answers/{answerId}", new { body = theirs })).JsonAsync(HttpStatusCode.OK);
        const string draft = "Reinstalling the app also clears the cache folder, and it keeps your settings as they were.";
        var stale = await PostAsync(helper, $"/answers/{answerId}/edit", form, new() { ["Input.Body"] = draft });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Contains(Conflict, page);
        Assert.Contains(theirs, page);
        Assert.Contains(draft, page);
        var current = Assert.Single((await helper.GetQuestionAsync(questionId)).GetProperty("answers").EnumerateArray());
        Assert.Equal(current.GetProperty("version").GetString(), VersionField().Match(page).Groups[1].Value);

        var saved = await PostAsync(helper, $"/answers/{answerId}/edit", page, new() { ["Input.Body"] = draft });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Your edit is saved.", await saved.Content.ReadAsStringAsync());
        var answer = Assert.Single((await helper.GetQuestionAsync(questionId)).GetProperty("answers").EnumerateArray());
        Assert.Contains("Reinstalling the app", answer.GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task A_stale_question_edit_comes_back_with_409_the_other_text_and_the_draft_then_saves()
    {
        var asker = await forum.NewMemberAsync("asker");
        var questionId = await asker.AskAsync();
        var form = await asker.GetStringAsync($"/questions/{questionId}/edit");

        const string theirs = "Since the update the app opens a blank window on every start, even after a restart of the computer.";
        await (await asker.PutAsJsonAsync($"/api/v1/questions/{questionId}",
            new { title = "Blank window after the latest update", body = theirs, tags = new[] { "startup" } })).JsonAsync(HttpStatusCode.OK);
        const string draft = "The window stays blank on start since the update; the previous version worked on the same computer.";
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Blank window on start since the update", ["Input.Body"] = draft, ["Input.Tags"] = "startup",
        };
        var stale = await PostAsync(asker, $"/questions/{questionId}/edit", form, fields);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Contains(Conflict, page);
        Assert.Contains(theirs, page);
        Assert.Contains(draft, page);
        Assert.Equal((await asker.GetQuestionAsync(questionId)).GetProperty("version").GetString(), VersionField().Match(page).Groups[1].Value);

        var saved = await PostAsync(asker, $"/questions/{questionId}/edit", page, fields);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Your edit is saved.", await saved.Content.ReadAsStringAsync());
        Assert.Equal("Blank window on start since the update", (await asker.GetQuestionAsync(questionId)).GetProperty("title").GetString());
    }

    /// <summary>Sends the edit form as the browser would from <paramref name="form"/>: its token and the version it carries.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string address, string form, Dictionary<string, string> fields) =>
        client.PostAsync(address, new FormUrlEncodedContent(new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = FormTokens.Of(form),
            ["Input.Version"] = VersionField().Match(form).Groups[1].Value,
        }));

    [GeneratedRegex("name=\"Input.Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionField();
}
