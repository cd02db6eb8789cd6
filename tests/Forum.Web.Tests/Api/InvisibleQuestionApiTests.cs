using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Api;

/// <summary>
/// A held or hidden question is, to every other member and every action of the API, an unknown question: the same
/// 404 with the same problem, and nothing happens. Taking questions needs reputation and stops at three held at once,
/// also when the takes arrive at the same moment.
/// </summary>
public sealed class InvisibleQuestionApiTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const int UnknownId = 987_654;

    private static readonly (string Name, Func<HttpClient, int, Task<HttpResponseMessage>> Send)[] Actions =
    [
        ("take", (c, id) => c.PostAsync($"/api/v1/questions/{id}/take", null)),
        ("release", (c, id) => c.DeleteAsync($"/api/v1/questions/{id}/take")),
        ("needs-info", (c, id) => c.PostAsync($"/api/v1/questions/{id}/needs-info", null)),
        ("clear needs-info", (c, id) => c.DeleteAsync($"/api/v1/questions/{id}/needs-info")),
        ("watch", (c, id) => c.PostAsync($"/api/v1/questions/{id}/watch", null)),
        ("unwatch", (c, id) => c.DeleteAsync($"/api/v1/questions/{id}/watch")),
        ("me-too", (c, id) => c.PostAsync($"/api/v1/questions/{id}/me-too", null)),
        ("vote", (c, id) => c.PostAsJsonAsync($"/api/v1/questions/{id}/vote", new { value = 1 })),
        ("answer", (c, id) => c.PostAsJsonAsync($"/api/v1/questions/{id}/answers", new { body = "Delete the cache folder while the app is closed, then restart it." })),
        ("flag", (c, id) => c.PostAsJsonAsync($"/api/v1/questions/{id}/flags", new { reason = "spam" })),
        ("edit", (c, id) => c.PutAsJsonAsync($"/api/v1/questions/{id}", new { title = "Someone else's title for it", body = ApiCalls.Body })),
        ("delete", (c, id) => c.DeleteAsync($"/api/v1/questions/{id}")),
        ("rate", (c, id) => c.PostAsJsonAsync($"/api/v1/questions/{id}/rating", new { rating = 5 })),
        ("follow-up", (c, id) => c.PostAsJsonAsync($"/api/v1/questions/{id}/follow-up", new { stillSolved = false })),
        ("read", (c, id) => c.GetAsync($"/api/v1/questions/{id}")),
        ("support", (c, id) => c.GetAsync($"/api/v1/questions/{id}/support")),
        ("history", (c, id) => c.GetAsync($"/api/v1/questions/{id}/history")),
    ];

    [Fact]
    public async Task Every_action_on_a_held_first_question_answers_exactly_as_on_an_unknown_one_and_changes_nothing()
    {
        var newcomer = await forum.NewMemberAsync("newcomer");
        var held = await (await newcomer.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion(
            "Driver install stops halfway", "The driver from https://example.com/driver stops halfway through the install."))).JsonAsync(HttpStatusCode.Created);
        Assert.True(held.GetProperty("awaitingReview").GetBoolean());
        var id = held.GetProperty("id").GetInt32();
        var bob = await forum.SignedInClientAsync("bob@forum.local");

        foreach (var (name, send) in Actions)
        {
            var unknown = await send(bob, UnknownId);
            var invisible = await send(bob, id);
            Assert.True(unknown.StatusCode == HttpStatusCode.NotFound, $"{name} on an unknown question: {unknown.StatusCode}");
            Assert.True(invisible.StatusCode == HttpStatusCode.NotFound, $"{name} on a held question: {invisible.StatusCode}");
            Assert.Equal(Problem(await unknown.Content.ReadAsStringAsync()), Problem(await invisible.Content.ReadAsStringAsync()));
        }

        var own = await newcomer.GetQuestionAsync(id);
        Assert.Equal(("Driver install stops halfway", 0, 0), (own.GetProperty("title").GetString(), own.GetProperty("score").GetInt32(), own.GetProperty("meTooCount").GetInt32()));
        var support = await (await newcomer.GetAsync($"/api/v1/questions/{id}/support")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, support.GetProperty("takenByName").ValueKind);
        Assert.Equal(JsonValueKind.Null, support.GetProperty("needsInfoSince").ValueKind);
        var inbox = await (await newcomer.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);
        Assert.All(inbox.GetProperty("items").EnumerateArray(), n => Assert.Equal("questionReceived", n.GetProperty("kind").GetString(), ignoreCase: true));
    }

    [Fact]
    public async Task A_member_with_the_starting_reputation_cannot_take_a_question()
    {
        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync(ApiCalls.NewQuestion("Sync stops after the phone sleeps"));
        var newcomer = await forum.NewMemberAsync("helper");

        await (await newcomer.PostAsync($"/api/v1/questions/{id}/take", null)).JsonAsync(HttpStatusCode.Forbidden);
        var support = await (await asker.GetAsync($"/api/v1/questions/{id}/support")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, support.GetProperty("takenByName").ValueKind);
    }

    [Fact]
    public async Task A_helper_taking_six_questions_at_the_same_moment_holds_three()
    {
        var ids = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var asker = await forum.NewMemberAsync($"asker{i}");
            ids.Add(await asker.AskAsync(ApiCalls.NewQuestion($"Export number {(char)('a' + i)} stops at the last page")));
        }
        var carmen = await forum.SignedInClientAsync("carmen@forum.local");

        var responses = await Task.WhenAll(ids.Select(id => carmen.PostAsync($"/api/v1/questions/{id}/take", null)));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var taken = 0;
        foreach (var id in ids)
        {
            var support = await (await carmen.GetAsync($"/api/v1/questions/{id}/support")).JsonAsync(HttpStatusCode.OK);
            taken += support.GetProperty("isTakenByMe").GetBoolean() ? 1 : 0;
        }
        Assert.Equal(3, taken);

        var released = ids.First(id => responses[ids.IndexOf(id)].StatusCode == HttpStatusCode.OK);
        var waiting = ids.First(id => responses[ids.IndexOf(id)].StatusCode == HttpStatusCode.Conflict);
        var refused = await (await carmen.PostAsync($"/api/v1/questions/{waiting}/take", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("release one", refused.GetProperty("detail").GetString());
        await (await carmen.DeleteAsync($"/api/v1/questions/{released}/take")).JsonAsync(HttpStatusCode.OK);
        await (await carmen.PostAsync($"/api/v1/questions/{waiting}/take", null)).JsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The problem's status, title and detail (its trace id differs per request).</summary>
    private static (int, string?, string?) Problem(string json)
    {
        var problem = JsonDocument.Parse(json).RootElement;
        return (problem.GetProperty("status").GetInt32(), problem.GetProperty("title").GetString(),
            problem.TryGetProperty("detail", out var detail) ? detail.GetString() : null);
    }
}
