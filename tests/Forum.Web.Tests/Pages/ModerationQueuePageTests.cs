using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>The queue page's forms: ticked questions closed as duplicates of one original, and one card's decision sent by its script.</summary>
public sealed class ModerationQueuePageTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    // Titles differ by a short counter: a long run of digits would read as a phone number and hold the question.
    private static int _asked;

    private async Task<(HttpClient Moderator, string Token)> QueuePageAsync(string query)
    {
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var page = await moderator.GetStringAsync("/moderation" + query);
        return (moderator, FormTokens.Of(page));
    }

    private async Task<int[]> FlaggedQuestionsAsync(int count, string reason = "off-topic")
    {
        var ids = new int[count];
        var lin = await forum.SignedInClientAsync("lin@forum.local");
        for (var i = 0; i < count; i++)
        {
            ids[i] = await (await forum.NewMemberAsync("asker")).AskAsync(ApiCalls.NewQuestion($"Export to PDF loses the images, report {(char)('a' + Interlocked.Increment(ref _asked) % 26)}{_asked}"));
            await (await lin.PostAsJsonAsync($"/api/v1/questions/{ids[i]}/flags", new { reason })).JsonAsync(HttpStatusCode.Created);
        }
        return ids;
    }

    private async Task<string> StatusOfAsync(int id) =>
        (await forum.CreateClient().GetQuestionAsync(id)).GetProperty("status").ToString();

    [Fact]
    public async Task Ticked_questions_are_closed_as_duplicates_of_one_original_given_by_its_address()
    {
        var original = await (await forum.NewMemberAsync("asker")).AskAsync(ApiCalls.NewQuestion("Export to PDF drops every image"));
        var ticked = await FlaggedQuestionsAsync(2);
        var (moderator, token) = await QueuePageAsync("?reason=off-topic");

        var response = await moderator.PostAsync("/moderation?handler=Bulk&reason=off-topic", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("action", "close-duplicate"), new("days", "7"), new("reason", ""),
            new("duplicateOf", $"https://forum.example/questions/{original}/export-to-pdf-drops-every-image#answers"),
            new("selected", $"question:{ticked[0]}"), new("selected", $"question:{ticked[1]}"),
        ]));

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        foreach (var id in ticked)
        {
            var question = await forum.CreateClient().GetQuestionAsync(id);
            Assert.Equal(original, question.GetProperty("duplicateOf").GetProperty("questionId").GetInt32());
        }
        Assert.NotEqual(await StatusOfAsync(ticked[0]), await StatusOfAsync(original));
    }

    [Fact]
    public async Task An_original_that_names_no_question_closes_nothing()
    {
        var ticked = await FlaggedQuestionsAsync(1);
        var (moderator, token) = await QueuePageAsync("?reason=off-topic");
        var before = await StatusOfAsync(ticked[0]);

        foreach (var bad in new[] { "not a question", "/faq/some-article", "999999999", "-3", new string('9', 300) })
        {
            var response = await moderator.PostAsync("/moderation?handler=Bulk", new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token), new("action", "close-duplicate"), new("duplicateOf", bad), new("selected", $"question:{ticked[0]}"),
            ]));
            Assert.True(response.IsSuccessStatusCode, $"{bad}: {(int)response.StatusCode}");
        }

        Assert.Equal(before, await StatusOfAsync(ticked[0]));
    }

    [Fact]
    public async Task A_cards_decision_sent_by_the_script_comes_back_as_json_and_a_second_one_is_409()
    {
        var ticked = await FlaggedQuestionsAsync(1);
        var (moderator, token) = await QueuePageAsync("?reason=off-topic");
        HttpRequestMessage Decide() => new(HttpMethod.Post, "/moderation?handler=Act")
        {
            Headers = { { "Accept", "application/json" } },
            Content = new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token), new("postType", "question"), new("postId", ticked[0].ToString()), new("action", "dismiss"),
            ]),
        };

        var done = await (await moderator.SendAsync(Decide())).JsonAsync(HttpStatusCode.OK);
        var again = await (await moderator.SendAsync(Decide())).JsonAsync(HttpStatusCode.Conflict);

        Assert.True(done.GetProperty("ok").GetBoolean());
        Assert.Equal($"Done: Dismiss on the question {ticked[0]}.", done.GetProperty("message").GetString());
        Assert.True(done.GetProperty("remaining").GetInt32() >= 0);
        Assert.False(again.GetProperty("ok").GetBoolean());
        Assert.Contains("no pending flags", again.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_cards_unknown_action_comes_back_as_a_400_that_names_the_actions_and_changes_nothing()
    {
        var ticked = await FlaggedQuestionsAsync(1);
        var (moderator, token) = await QueuePageAsync("?reason=off-topic");
        var before = await StatusOfAsync(ticked[0]);

        var response = await moderator.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/moderation?handler=Act")
        {
            Headers = { { "Accept", "application/json" } },
            Content = new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token), new("postType", "question"), new("postId", ticked[0].ToString()), new("action", "explode"),
            ]),
        });

        var refused = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.False(refused.GetProperty("ok").GetBoolean());
        Assert.Contains("Choose an action: approve, dismiss", refused.GetProperty("message").GetString());
        Assert.Equal(before, await StatusOfAsync(ticked[0]));
    }
}
