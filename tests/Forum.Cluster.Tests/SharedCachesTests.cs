using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Forum.Cluster.Tests;

/// <summary>
/// The nodes' caches follow every node's commits (through Redis): a write through one node is never served stale by
/// another once it has answered (search, once the writing node's follow-up work has indexed it), and losing Redis for a
/// while costs no errors.
/// </summary>
public sealed class SharedCachesTests
{
    private const int Rounds = 100;

    [Fact]
    public async Task An_anonymous_reader_on_node_1_sees_a_write_through_node_2_on_the_very_next_request_every_time()
    {
        var (reader, writer) = (Cluster.Nodes[0], Cluster.Nodes[1]);
        using var staff = await StaffAsync(writer);
        using var visitor = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var faq = (await staff.GetFromJsonAsync<JsonElement>(new Uri(writer, "/api/v1/faq")))
            .GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("articles").EnumerateArray()).First().GetProperty("slug").GetString()!;
        var question = await AskAsync(staff, writer, Word(), 0);
        var stale = new List<string>();

        for (var round = 1; round <= Rounds; round++)
        {
            var word = Word();
            var questionPage = new Uri(reader, $"/questions/{question}");
            var search = new Uri(reader, $"/search?q={word}");
            var faqPage = new Uri(reader, $"/faq/{faq}");
            foreach (var page in new[] { questionPage, new Uri(reader, "/questions"), search, faqPage })
                await ReadAsync(visitor, page);

            var answer = $"Round {round}: restart the sync service, then sign in again ({word}).";
            await Post(staff, new Uri(writer, $"/api/v1/questions/{question}/answers"), new { body = answer }, round);
            await AskAsync(staff, writer, word, round);
            await ReviseFaqAsync(staff, writer, faq, $"Round {round}: open Settings, then Accounts, and choose {word} to reconnect the account.", round);

            if (!(await ReadAsync(visitor, questionPage)).Contains(answer))
                stale.Add($"round {round}: question page");
            if (!(await ReadAsync(visitor, new Uri(reader, "/questions"))).Contains(word))
                stale.Add($"round {round}: question list");
            // Search finds the new posts once the writing node's worker has rebuilt their documents, a moment after the
            // commit; a page cached before that commit lives a minute, so only that commit telling every node ends it.
            if (!await ShownWithinAsync(visitor, search, "Sync question", TimeSpan.FromSeconds(10)))
                stale.Add($"round {round}: search");
            if (!(await ReadAsync(visitor, faqPage)).Contains(word))
                stale.Add($"round {round}: FAQ article");
        }

        Assert.Empty(stale);
    }

    [Fact]
    public async Task Stopping_Redis_for_ten_seconds_under_load_costs_no_errors_and_the_caches_are_shared_again_after()
    {
        using var staff = await StaffAsync(Cluster.Nodes[1]);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var writes = 0;
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(async n =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync(new Uri(Cluster.Front, n % 2 == 0 ? "/questions" : "/faq"));
                if ((int)response.StatusCode >= 500)
                    failures.Add($"GET: {(int)response.StatusCode}");
            }
        }).ToList();
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var started = DateTime.UtcNow;
                var response = await staff.PostAsJsonAsync(new Uri(Cluster.Nodes[i % Cluster.Nodes.Count], "/api/v1/questions"), NewQuestion(Word()));
                log.Enqueue($"{started:HH:mm:ss.fff} {(int)response.StatusCode} {(DateTime.UtcNow - started).TotalMilliseconds:F0}ms");
                if (response.StatusCode == HttpStatusCode.Created)
                    Interlocked.Increment(ref writes);
                else
                    failures.Add($"POST: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                await Task.Delay(200);
            }
        });

        await Task.Delay(TimeSpan.FromSeconds(2));
        log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} stopping Redis");
        await Cluster.ScriptAsync("redis stop");
        log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} Redis stopped");
        var writesBefore = Volatile.Read(ref writes);
        await Task.Delay(TimeSpan.FromSeconds(10));
        var writesWithoutRedis = Volatile.Read(ref writes) - writesBefore;
        await Cluster.ScriptAsync("redis start");
        await Task.Delay(TimeSpan.FromSeconds(2));
        stop.Cancel();
        await Task.WhenAll([.. readers, writer]);

        Assert.Empty(failures);
        Assert.True(writesWithoutRedis > 0, $"No write succeeded while Redis was stopped: {string.Join("; ", log)}");

        foreach (var node in Cluster.Nodes)
            await EventuallyAsync(async () => await client.GetStringAsync(new Uri(node, "/health/ready")) == "Healthy");
        for (var round = 1; round <= 10; round++)
        {
            var word = Word();
            await client.GetStringAsync(new Uri(Cluster.Nodes[0], "/questions"));
            await AskAsync(staff, Cluster.Nodes[1], word, round);
            Assert.Contains(word, await client.GetStringAsync(new Uri(Cluster.Nodes[0], "/questions")));
        }
    }

    private static async Task<HttpClient> StaffAsync(Uri node)
    {
        var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var login = await client.PostAsJsonAsync(new Uri(node, "/api/v1/auth/login"), new { email = "staff@forum.local", password = Cluster.Password });
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    private static object NewQuestion(string word) =>
        new { title = $"Sync question {word} after the update", body = "The sync stops after a few minutes and never resumes until I restart.", category = "desktop-app", tags = new[] { "sync" } };

    private static async Task<int> AskAsync(HttpClient staff, Uri node, string word, int round) =>
        (await Post(staff, new Uri(node, "/api/v1/questions"), NewQuestion(word), round)).GetProperty("id").GetInt32();

    private static async Task ReviseFaqAsync(HttpClient staff, Uri node, string slug, string body, int round)
    {
        var current = (await staff.GetFromJsonAsync<JsonElement>(new Uri(node, $"/api/v1/faq/{slug}"))).GetProperty("article").GetProperty("currentRevisionId").GetInt64();
        var revision = await Post(staff, new Uri(node, $"/api/v1/faq/{slug}/revisions"), new { body, summary = "Clearer steps", baseRevisionId = current }, round);
        await Post(staff, new Uri(node, $"/api/v1/faq/revisions/{revision.GetProperty("revisionId").GetInt64()}/approve"), null, round);
    }

    /// <summary>A write from an address of its own each round (the node trusts nginx's loopback address to name the client), as different readers write.</summary>
    private static async Task<JsonElement> Post(HttpClient client, Uri url, object? body, int round)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", $"198.51.100.{round % 250 + 1}");
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url.PathAndQuery}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<string> ReadAsync(HttpClient client, Uri page)
    {
        var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<bool> ShownWithinAsync(HttpClient client, Uri page, string text, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!(await ReadAsync(client, page)).Contains(text))
        {
            if (DateTime.UtcNow > deadline)
                return false;
            await Task.Delay(100);
        }
        return true;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Not so after 30 seconds.");
            await Task.Delay(200);
        }
    }

    private static string Word() => Cluster.UniqueWord();
}
