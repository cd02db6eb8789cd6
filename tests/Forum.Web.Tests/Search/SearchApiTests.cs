using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forum.Domain.Features.Search;
using Forum.Infrastructure.Persistence;
using Forum.Web.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Search;

public sealed class SearchApiTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static string Url(string q, string extra = "") => $"/api/v1/search?q={Uri.EscapeDataString(q)}{extra}";

    /// <summary>A search a moment after the writes before it: once the worker has rebuilt their documents.</summary>
    private async Task<JsonElement> SearchAsync(string q, string extra = "")
    {
        await forum.RunFollowUpWorkAsync();
        return await (await forum.CreateClient().GetAsync(Url(q, extra))).JsonAsync(HttpStatusCode.OK);
    }

    private static IEnumerable<int> Ids(JsonElement found) => found.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32());

    [Fact]
    public async Task The_demo_threads_and_faq_articles_are_found_with_the_documented_shape_the_article_first()
    {
        var found = await SearchAsync("sync password");

        Assert.True(found.GetProperty("total").GetInt32() >= 2);
        var results = found.GetProperty("results").EnumerateArray().ToList();
        var first = results[0];
        Assert.Equal(["type", "id", "title", "url", "snippetHtml", "score", "solved", "language"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("faq", first.GetProperty("type").GetString());
        Assert.StartsWith("/faq/", first.GetProperty("url").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippetHtml").GetString());
        Assert.True(first.GetProperty("solved").GetBoolean());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        var thread = Assert.Single(results, r => r.GetProperty("type").GetString() == "question" && r.GetProperty("title").GetString() == "Sync stopped working after I changed my password");
        Assert.StartsWith($"/questions/{thread.GetProperty("id").GetInt32()}/", thread.GetProperty("url").GetString());
        Assert.True(thread.GetProperty("solved").GetBoolean());
    }

    [Fact]
    public async Task Type_faq_answers_only_faq_articles_and_each_one_opens_its_page()
    {
        var found = await SearchAsync("sync password", "&type=faq");

        var results = found.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("faq", r.GetProperty("type").GetString()));
        var page = await forum.CreateClient().GetAsync(results[0].GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.All((await SearchAsync("sync password", "&type=question")).GetProperty("results").EnumerateArray(), r => Assert.Equal("question", r.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task An_faq_article_follows_its_approved_revision_and_leaves_the_results_when_archived()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var question = await staff.AskAsync(ApiCalls.NewQuestion("Theremin plugin hums in recordings", "Every recording made with the theremin plugin carries a low hum."));
        var answer = await moderator.AnswerAsync(question, "Ground the audio interface and lower the plugin's gain to remove the hum.");
        (await staff.PostAsync($"/api/v1/answers/{answer}/verify", null)).EnsureSuccessStatusCode();
        var slug = (await (await staff.PostAsJsonAsync($"/api/v1/answers/{answer}/promote", new { publish = true })).JsonAsync(HttpStatusCode.Created)).GetProperty("slug").GetString()!;
        Assert.Single(Ids(await SearchAsync("theremin ground", "&type=faq")));

        var current = (await (await staff.GetAsync($"/api/v1/faq/{slug}")).JsonAsync(HttpStatusCode.OK)).GetProperty("article").GetProperty("currentRevisionId").GetInt64();
        var revision = (await (await staff.PostAsJsonAsync($"/api/v1/faq/{slug}/revisions", new { body = "Use a shielded cable for the audio interface and lower the plugin's gain.", summary = "Cable", baseRevisionId = current }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("revisionId").GetInt64();
        Assert.Empty(Ids(await SearchAsync("shielded cable", "&type=faq")));
        (await staff.PostAsync($"/api/v1/faq/revisions/{revision}/approve", null)).EnsureSuccessStatusCode();
        Assert.Single(Ids(await SearchAsync("shielded cable", "&type=faq")));
        Assert.Empty(Ids(await SearchAsync("theremin ground", "&type=faq")));

        (await staff.PostAsync($"/api/v1/faq/{slug}/archive", null)).EnsureSuccessStatusCode();
        Assert.Empty(Ids(await SearchAsync("shielded cable", "&type=faq")));
    }

    [Fact]
    public async Task A_new_question_is_found_and_after_an_edit_only_by_its_new_words()
    {
        var member = await forum.NewMemberAsync();
        var id = await member.AskAsync(ApiCalls.NewQuestion("Holographic ribbon flickers in the editor", "The holographic ribbon at the top flickers whenever I type fast."));
        Assert.Equal([id], Ids(await SearchAsync("holographic ribbon")));

        var version = (await member.GetQuestionAsync(id)).GetProperty("version").GetGuid();
        await (await member.PutAsJsonAsync($"/api/v1/questions/{id}", new { title = "Iridescent ribbon flickers in the editor", body = "The iridescent ribbon at the top flickers whenever I type fast.", tags = Array.Empty<string>(), version }))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Empty(Ids(await SearchAsync("holographic")));
        Assert.Equal([id], Ids(await SearchAsync("iridescent ribbon")));
    }

    [Fact]
    public async Task A_deleted_question_is_not_found()
    {
        var member = await forum.NewMemberAsync();
        var id = await member.AskAsync(ApiCalls.NewQuestion("Quokka stickers missing from the emoji panel", "The quokka stickers vanished from the emoji panel after the update."));
        Assert.Equal([id], Ids(await SearchAsync("quokka")));

        (await member.DeleteAsync($"/api/v1/questions/{id}")).EnsureSuccessStatusCode();

        Assert.Equal(0, (await SearchAsync("quokka")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_post_with_a_script_tag_yields_an_escaped_snippet()
    {
        var member = await forum.NewMemberAsync();
        await member.AskAsync(ApiCalls.NewQuestion("Pasted zebrafish code shows as text", "My note shows <script>alert('zebrafish')</script> as plain text after pasting."));

        var snippet = (await SearchAsync("zebrafish script")).GetProperty("results")[0].GetProperty("snippetHtml").GetString()!;

        Assert.DoesNotContain("<script", snippet);
        Assert.Contains("&lt;<mark>script</mark>&gt;", snippet);
    }

    [Fact]
    public async Task Filters_and_paging_are_applied_and_faq_articles_are_filtered_by_category()
    {
        Assert.All((await SearchAsync("app", "&solved=true&pageSize=50")).GetProperty("results").EnumerateArray(), r => Assert.True(r.GetProperty("solved").GetBoolean()));
        var billing = await SearchAsync("charged", "&category=accounts-billing&tag=billing&type=question");
        Assert.Equal(["I was charged twice for my yearly plan this month"], billing.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()));
        Assert.Empty(Ids(await SearchAsync("charged", "&category=mobile-app")));
        Assert.Empty(Ids(await SearchAsync("sync password", "&type=faq&category=no-such-category")));
        var page = await SearchAsync("the", "&page=2&pageSize=1");
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.True(Ids(page).Count() <= 1);
    }

    [Theory]
    [InlineData("&type=members", "type")]
    [InlineData("&pageSize=500", "pageSize")]
    [InlineData("&page=0", "page")]
    public async Task Bad_filters_are_400_with_the_field_named(string extra, string field)
    {
        var problem = await (await forum.CreateClient().GetAsync(Url("app", extra))).JsonAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("&solved=maybe")]
    [InlineData("&page=two")]
    public async Task Unreadable_parameters_are_400(string extra) =>
        await (await forum.CreateClient().GetAsync(Url("app", extra))).JsonAsync(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Control_characters_in_filters_are_harmless()
    {
        await SearchAsync("app", "&category=%00desktop-app&tag=%00%01");
    }

    [Fact]
    public async Task Similar_questions_are_listed_for_a_question_solved_first()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var open = await staff.AskAsync(ApiCalls.NewQuestion("Marimba ringtone plays twice on alarms", "The marimba ringtone plays twice whenever an alarm goes off in the morning."));
        var solved = await staff.AskAsync(ApiCalls.NewQuestion("Marimba ringtone too quiet on alarms", "The marimba ringtone is barely audible when an alarm goes off."));
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var answer = await moderator.AnswerAsync(solved, "Raise the alarm volume separately in the sound settings of the phone.");
        (await staff.PostAsync($"/api/v1/answers/{answer}/accept", null)).EnsureSuccessStatusCode();
        var third = await staff.AskAsync(ApiCalls.NewQuestion("Marimba ringtone cannot be chosen for alarms", "The alarm sound list does not offer the marimba ringtone at all."));

        await forum.RankSimilarQuestionsAsync();
        var similar = await (await forum.CreateClient().GetAsync($"/api/v1/questions/{third}/similar")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal([solved, open], similar.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).Take(2));
        Assert.DoesNotContain(third, similar.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()));
        await (await forum.CreateClient().GetAsync("/api/v1/questions/999999/similar")).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Similar_questions_leave_out_words_in_most_titles_and_match_a_rare_shared_one()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        for (var i = 0; i < 22; i++)
            await staff.AskAsync(ApiCalls.NewQuestion($"Wombat mirror stalls batch{i:000}"));
        var onlyCommon = await staff.AskAsync(ApiCalls.NewQuestion("Wombat mirror stalls since the firmware"));
        var sharesRare = await staff.AskAsync(ApiCalls.NewQuestion("Gazebo lanterns flicker at night"));
        // "after" is a stop word of PostgreSQL's English configuration but not of the forum's own list.
        var current = await staff.AskAsync(ApiCalls.NewQuestion("Wombat mirror stalls after gazebo lanterns"));

        await forum.RankSimilarQuestionsAsync();
        var similar = await (await forum.CreateClient().GetAsync($"/api/v1/questions/{current}/similar")).JsonAsync(HttpStatusCode.OK);

        var ids = similar.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToList();
        Assert.DoesNotContain(onlyCommon, ids);
        Assert.Equal([sharesRare], ids);
    }

    [Fact]
    public async Task Of_answers_posted_at_the_same_moment_each_one_written_is_findable_and_each_refused_one_is_not()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        var admin = await forum.SignedInClientAsync("admin@forum.local");
        var id = await staff.AskAsync(ApiCalls.NewQuestion("Concurrent answers land in the index", "Several helpers answer this question at the same moment."));
        string[] words = ["axolotl", "narwhal", "pangolin", "okapi", "capybara", "tapir"];

        var responses = await Task.WhenAll(words.Select((word, i) => new[] { staff, moderator, admin }[i % 3]
            .PostAsJsonAsync($"/api/v1/questions/{id}/answers", new { body = $"Have you tried the {word} setting in the advanced preferences?" })));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        for (var i = 0; i < words.Length; i++)
            Assert.Equal(responses[i].StatusCode == HttpStatusCode.Created ? [id] : [], Ids(await SearchAsync(words[i])));
    }

    [Fact]
    public async Task Workers_rebuilding_at_the_same_moment_write_each_new_question_document_once_and_leave_nothing_queued()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        string[] words = ["dugong", "quoll", "bilby", "potoroo", "bandicoot", "wombat", "echidna", "kookaburra"];
        await forum.RunFollowUpWorkAsync();
        var ids = new List<int>();
        foreach (var word in words)
            ids.Add(await staff.AskAsync(ApiCalls.NewQuestion($"The {word} widget freezes the start screen", $"Since the update the {word} widget freezes the start screen.")));

        // As several nodes' workers, each woken by its own commit, in small batches.
        var taken = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var scope = forum.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new RefreshSearchDocuments(Max: 3));
        }));

        Assert.True(taken.Sum() <= words.Length, $"{taken.Sum()} rows taken of {words.Length} queued");
        for (var i = 0; i < words.Length; i++)
            Assert.Equal([ids[i]], Ids(await SearchAsync(words[i])));
        using var check = forum.Services.CreateScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<ForumDbContext>().SearchRefreshes.AnyAsync());
    }
}
