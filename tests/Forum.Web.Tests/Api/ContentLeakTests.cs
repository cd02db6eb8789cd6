using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Api;

/// <summary>
/// Hidden, held and deleted content never leaks: every read surface (lists, pages, search, similar questions, FAQ
/// suggestions, the helpers' queue, member pages, notifications, the API) is read as a visitor and as another member,
/// and none of them shows a word that only the hidden posts contain.
/// </summary>
public sealed class ContentLeakTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    // Words that only the hidden answer, the held question, the held answer and the deleted question contain.
    private const string HiddenWord = "Zanzibarhidden", HeldWord = "Quokkaheld", HeldAnswerWord = "Narwhalheld", DeletedWord = "Wombatdeleted";
    private static readonly string[] Secrets = [HiddenWord, HeldWord, HeldAnswerWord, DeletedWord];

    private sealed record Scene(int Public, int Held, int Deleted, string SpammerId, string NewcomerId, string DeleterId, HttpClient Watcher);

    // Built once for the class (the factory is shared by its tests; posting the same question twice would hold it).
    private static Scene? SharedScene;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>A public question with a hidden answer and a held answer, a held question and a deleted question (built once).</summary>
    private async Task<Scene> SceneAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return SharedScene ??= await BuildSceneAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<Scene> BuildSceneAsync()
    {
        var bob = await forum.SignedInClientAsync("bob@forum.local");
        var watcher = await forum.NewMemberAsync("watcher");
        var id = await bob.AskAsync(ApiCalls.NewQuestion("Printing a report cuts off the last page", tags: ["printing"]));
        await (await watcher.PostAsync($"/api/v1/questions/{id}/watch", null)).JsonAsync(HttpStatusCode.OK);

        var spammer = await forum.NewMemberAsync("spammer");
        var hidden = await spammer.AnswerAsync(id, $"{HiddenWord} licences at half price, message me for a discount code today.");
        // The watcher hears of the answer (a moment after it is posted) before the flags hide it.
        await forum.RunFollowUpWorkAsync();
        foreach (var email in new[] { "carmen@forum.local", "dev@forum.local", "lin@forum.local" })
            await (await (await forum.SignedInClientAsync(email)).PostAsJsonAsync($"/api/v1/answers/{hidden}/flags", new { reason = "spam" })).JsonAsync(HttpStatusCode.Created);

        var newcomer = await forum.NewMemberAsync("newcomer");
        var held = await (await newcomer.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion(
            $"{HeldWord} printer driver will not install", $"{HeldWord}: the driver from https://example.com/driver fails halfway.", tags: ["printing"])))
            .JsonAsync(HttpStatusCode.Created);
        Assert.True(held.GetProperty("awaitingReview").GetBoolean());
        var otherNewcomer = await forum.NewMemberAsync("newcomer");
        var heldAnswer = await (await otherNewcomer.PostAsJsonAsync($"/api/v1/questions/{id}/answers",
            new { body = $"{HeldAnswerWord}: the fix is at https://example.com/printing-fix for everyone." })).JsonAsync(HttpStatusCode.Created);
        Assert.True(heldAnswer.GetProperty("awaitingReview").GetBoolean());

        var deleter = await forum.NewMemberAsync("deleter");
        var deleted = await deleter.AskAsync(ApiCalls.NewQuestion($"{DeletedWord} printer shows an offline status", tags: ["printing"]));
        // Ranked onto the similar questions of the others while it was public: the lists must leave it out once deleted.
        await forum.RankSimilarQuestionsAsync();
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{deleted}/actions", new { action = "delete", reason = "spam" })).JsonAsync(HttpStatusCode.OK);

        return new Scene(id, held.GetProperty("id").GetInt32(), deleted, await IdOfAsync(spammer), await IdOfAsync(newcomer), await IdOfAsync(deleter), watcher);
    }

    private static async Task<string> IdOfAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;

    /// <param name="searched">The word searched for, which the search page repeats in its box and heading: there, no result may be listed.</param>
    private static async Task AssertNoLeakAsync(HttpClient client, string url, string? searched = null)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        foreach (var secret in Secrets.Where(s => s != searched))
            Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} shows '{secret}'");
        if (searched is not null)
            Assert.DoesNotContain("class=\"search-result\"", body);
    }

    private async Task<HttpClient[]> ReadersAsync() => [forum.CreateClient(), await forum.NewMemberAsync("reader")];

    [Fact]
    public async Task Lists_search_similar_questions_and_suggestions_in_the_api_show_nothing_hidden_held_or_deleted()
    {
        var scene = await SceneAsync();
        string[] urls =
        [
            "/api/v1/questions", "/api/v1/questions?sort=newest", "/api/v1/questions?sort=unanswered", "/api/v1/questions?sort=active",
            "/api/v1/questions?tag=printing", "/api/v1/questions?category=desktop-app", "/api/v1/categories",
            $"/api/v1/questions/{scene.Public}", $"/api/v1/questions/{scene.Public}/similar", $"/api/v1/questions/{scene.Public}/support",
            $"/api/v1/search?q={HiddenWord}", $"/api/v1/search?q={HeldWord}", $"/api/v1/search?q={HeldAnswerWord}", $"/api/v1/search?q={DeletedWord}",
            "/api/v1/search?q=printer", $"/api/v1/faq/suggest?q={HeldWord}+printer+driver", $"/api/v1/faq/suggest?q={DeletedWord}+printer+offline",
            $"/api/v1/members/{scene.SpammerId}", $"/api/v1/members/{scene.NewcomerId}", $"/api/v1/members/{scene.DeleterId}",
        ];
        foreach (var reader in await ReadersAsync())
            foreach (var url in urls)
                await AssertNoLeakAsync(reader, url);

        var member = await forum.SignedInClientAsync("bob@forum.local");
        await AssertNoLeakAsync(member, "/api/v1/support/needs-attention");
        await AssertNoLeakAsync(member, "/api/v1/questions?sort=unanswered&pageSize=50");
    }

    [Fact]
    public async Task Held_and_deleted_questions_and_hidden_answers_are_not_found_through_the_api()
    {
        var scene = await SceneAsync();
        foreach (var reader in await ReadersAsync())
        {
            foreach (var id in new[] { scene.Held, scene.Deleted })
            {
                await (await reader.GetAsync($"/api/v1/questions/{id}")).JsonAsync(HttpStatusCode.NotFound);
                await (await reader.GetAsync($"/api/v1/questions/{id}/support")).JsonAsync(HttpStatusCode.NotFound);
                await (await reader.GetAsync($"/api/v1/questions/{id}/similar")).JsonAsync(HttpStatusCode.NotFound);
                await (await reader.GetAsync($"/api/v1/questions/{id}/history")).JsonAsync(HttpStatusCode.NotFound);
            }
            var page = await reader.GetQuestionAsync(scene.Public);
            Assert.Equal(0, page.GetProperty("answers").GetArrayLength());
            Assert.Equal(0, page.GetProperty("answerCount").GetInt32());
            foreach (var memberId in new[] { scene.SpammerId, scene.NewcomerId, scene.DeleterId })
            {
                var profile = await (await reader.GetAsync($"/api/v1/members/{memberId}")).JsonAsync(HttpStatusCode.OK);
                Assert.Equal((0, 0), (profile.GetProperty("questionCount").GetInt32(), profile.GetProperty("answerCount").GetInt32()));
            }
        }
    }

    [Fact]
    public async Task Pages_show_nothing_hidden_held_or_deleted_to_visitors()
    {
        var scene = await SceneAsync();
        var visitor = forum.CreateClient();
        string[] pages =
        [
            "/", "/questions", "/questions?tab=unanswered", "/questions?tab=active", "/tags/printing", "/c/desktop-app", "/categories",
            $"/questions/{scene.Public}", "/search?q=printer", "/faq", $"/members/{scene.SpammerId}", $"/members/{scene.NewcomerId}", $"/members/{scene.DeleterId}",
        ];
        foreach (var url in pages)
            await AssertNoLeakAsync(visitor, url);
        foreach (var secret in Secrets)
            await AssertNoLeakAsync(visitor, $"/search?q={secret}", searched: secret);
        foreach (var id in new[] { scene.Held, scene.Deleted })
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/questions/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_watcher_hears_of_the_public_answers_only_and_never_sees_the_held_answers_text()
    {
        var scene = await SceneAsync();

        var notifications = await (await scene.Watcher.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);

        var items = notifications.GetProperty("items").EnumerateArray().ToList();
        Assert.Single(items); // the spam answer, before it was hidden; not the held answer
        await AssertNoLeakAsync(scene.Watcher, "/api/v1/notifications");
    }
}
