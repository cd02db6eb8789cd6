using System.Net;
using System.Text.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Images;

/// <summary>The editor's @mention suggestions: the thread's participants first, then members by name; public names only.</summary>
public sealed class MentionSuggestionTests : IAsyncLifetime
{
    private readonly ForumWebFactory _forum = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _forum.DisposeAsync().AsTask();

    [Fact]
    public async Task Typing_at_offers_the_threads_participants_first_then_members_by_name()
    {
        var asker = await _forum.NewMemberAsync("zed");
        var question = await asker.AskAsync(ApiCalls.NewQuestion("Notifications arrive twice on my phone"));
        var helper = await _forum.NewMemberAsync("yannick");
        await helper.AnswerAsync(question, "Turn off notifications in the app and keep the system ones, then restart it.");
        var askerName = await NameAsync(asker);
        var helperName = await NameAsync(helper);
        var writer = await _forum.NewMemberAsync("writer");

        var all = await SuggestAsync(writer, "", question);
        Assert.Equal([askerName, helperName], all.Take(2).Select(s => s.GetProperty("displayName").GetString()));
        Assert.True(all.Take(2).All(s => s.GetProperty("inThread").GetBoolean()));
        Assert.True(all.Skip(2).All(s => !s.GetProperty("inThread").GetBoolean()));
        Assert.True(all.Count <= 8);
        Assert.All(all, s => Assert.Equal(["displayName", "inThread"], s.EnumerateObject().Select(p => p.Name)));

        var bo = await SuggestAsync(writer, "BO", question); // the demo's bob, whatever the case typed
        Assert.NotEmpty(bo);
        Assert.All(bo, s => Assert.StartsWith("bo", s.GetProperty("displayName").GetString()!, StringComparison.OrdinalIgnoreCase));
        var writerName = await NameAsync(writer);
        Assert.DoesNotContain(await SuggestAsync(writer, writerName, null), s => s.GetProperty("displayName").GetString() == writerName);
    }

    [Fact]
    public async Task A_visitor_gets_no_suggestions()
    {
        var response = await _forum.CreateClient().GetAsync("/api/v1/members/mention-suggestions?q=a");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<string> NameAsync(HttpClient member) =>
        (await (await member.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("displayName").GetString()!;

    private static async Task<List<JsonElement>> SuggestAsync(HttpClient member, string q, int? question) =>
        (await (await member.GetAsync($"/api/v1/members/mention-suggestions?q={Uri.EscapeDataString(q)}{(question is { } id ? $"&question={id}" : "")}"))
            .JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
}
