using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Forum.Infrastructure.Caching;
using Forum.Web.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Forum.Web.Tests.Scaling;

/// <summary>A write through one node is never served stale by another once the write's response has returned.</summary>
public sealed class SharedCachesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_visitor_on_node_B_sees_a_write_through_node_A_on_the_very_next_read_of_every_cached_page()
    {
        var word = Word();
        var asker = await nodes.A.NewMemberAsync("asker");
        var id = await asker.AskAsync(ApiCalls.NewQuestion($"Sync stops with error {word} on the laptop"));
        var visitor = nodes.B.CreateClient();
        var questionPage = $"/questions/{id}";
        var search = $"/search?q={word}";
        foreach (var page in new[] { questionPage, "/questions", search, "/faq" })
            await ReadTwiceAsync(visitor, page);

        var answerText = $"Remove the account and add it again, then the {Word()} error goes away.";
        var answerId = await (await nodes.A.NewMemberAsync("helper")).AnswerAsync(id, answerText);
        Assert.Contains(answerText, await ReadAsync(visitor, questionPage));

        var newer = Word();
        await asker.AskAsync(ApiCalls.NewQuestion($"Calendar reminders {newer} ring twice on the phone"));
        Assert.Contains(newer, await ReadAsync(visitor, "/questions"));

        await asker.AskAsync(ApiCalls.NewQuestion($"Printing shows {word} and a blank page"));
        // Search finds it once node A's worker has rebuilt its document: that commit empties node B's caches too.
        await nodes.A.RunFollowUpWorkAsync();
        Assert.Contains("Printing shows", await ReadAsync(visitor, search));

        await (await asker.PostAsync($"/api/v1/answers/{answerId}/accept", null)).JsonAsync(HttpStatusCode.OK);
        var staff = await nodes.A.SignedInClientAsync("staff@forum.local");
        await (await staff.PostAsync($"/api/v1/answers/{answerId}/verify", null)).JsonAsync(HttpStatusCode.OK);
        await (await staff.PostAsJsonAsync($"/api/v1/answers/{answerId}/promote", new { publish = true })).JsonAsync(HttpStatusCode.Created);
        Assert.Contains($"Sync stops with error {word}", await ReadAsync(visitor, "/faq"));
    }

    [Fact]
    public async Task A_member_reading_through_node_B_sees_a_write_through_node_A_on_the_very_next_read()
    {
        var id = await (await nodes.A.NewMemberAsync("asker")).AskAsync(ApiCalls.NewQuestion($"Contacts {Word()} vanish after an import"));
        // Signed in: no cached page, but the thread comes from node B's read cache.
        var bob = await nodes.B.SignedInClientAsync("bob@forum.local");
        await ReadTwiceAsync(bob, $"/questions/{id}");

        var answerText = $"Export them first, then import the {Word()} file again.";
        await (await nodes.A.NewMemberAsync("helper")).AnswerAsync(id, answerText);

        Assert.Contains(answerText, await ReadAsync(bob, $"/questions/{id}"));
        Assert.Contains(answerText, (await bob.GetQuestionAsync(id)).ToString());
    }

    [Fact]
    public async Task Requests_arriving_while_the_commit_mark_is_read_wait_for_one_shared_read_sent_after_them()
    {
        var commits = nodes.B.Services.GetRequiredService<CommitsOfEveryNode>();
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{nodes.Redis.Configuration},allowAdmin=true");
        var server = admin.GetServer(admin.GetEndPoints()[0]);
        var before = await MarkReadsAsync(server);

        // Redis holds the first read for 300 ms (under the node's 500 ms timeout); fifty requests arrive meanwhile.
        await server.ExecuteAsync("CLIENT", "PAUSE", "300", "ALL");
        var first = commits.CatchUpAsync().AsTask();
        var meanwhile = Enumerable.Range(0, 50).Select(_ => commits.CatchUpAsync().AsTask()).ToArray();
        await Task.WhenAll([first, .. meanwhile]);

        // One read for the first request, one more (sent after they arrived) for all the others; a third only if the
        // machine was so slow that some arrived after the first read had come back.
        Assert.InRange(await MarkReadsAsync(server) - before, 2, 3);
    }

    private static async Task<long> MarkReadsAsync(IServer server)
    {
        var stats = (string?)await server.ExecuteAsync("INFO", "commandstats") ?? "";
        var gets = Regex.Match(stats, @"cmdstat_get:calls=(\d+)");
        return gets.Success ? long.Parse(gets.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static async Task ReadTwiceAsync(HttpClient client, string page)
    {
        await ReadAsync(client, page);
        await ReadAsync(client, page);
    }

    private static async Task<string> ReadAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page}: {(int)response.StatusCode}");
        return text;
    }

    private static string Word() => ApiCalls.UniqueWord();
}
