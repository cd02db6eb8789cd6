using System.Net;
using System.Net.Http.Json;
using Forum.Tests.Shared;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Search;

/// <summary>
/// The curated corpus through the API, on whichever database the suite runs on (scripts/test.sh runs it on
/// SQLite and on PostgreSQL). The searches are limited to the corpus's tag so the demo threads stay out.
/// </summary>
public sealed class SearchRelevanceApiTests(SearchRelevanceApiTests.CorpusForum forum) : IClassFixture<SearchRelevanceApiTests.CorpusForum>
{
    /// <summary>The corpus's searches, and on PostgreSQL (which stems Indonesian) its searches by other Indonesian word forms.</summary>
    public static TheoryData<string, string> Cases() => SearchCorpus.Cases(stemsIndonesian: ForumWebFactory.OnPostgres);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_right_thread_comes_first(string query, string expected)
    {
        var found = await (await forum.CreateClient().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}&tag={SearchCorpus.Tag}")).JsonAsync(HttpStatusCode.OK);

        var results = found.GetProperty("results");
        Assert.True(results.GetArrayLength() > 0, $"Nothing found for {query}");
        Assert.Equal(expected, results[0].GetProperty("title").GetString());
    }

    /// <summary>
    /// "menginstal" stems to "instal" in Indonesian, as "install" does in English: only the Indonesian thread is
    /// matched with the Indonesian stemmer, the English installer threads are not.
    /// </summary>
    [Fact]
    public async Task An_english_thread_is_not_matched_through_the_indonesian_stemmer()
    {
        var found = await (await forum.CreateClient().GetAsync($"/api/v1/search?q=menginstal&tag={SearchCorpus.Tag}")).JsonAsync(HttpStatusCode.OK);

        var results = found.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["Cara menginstal aplikasi di Linux"], results.Select(r => r.GetProperty("title").GetString()));
        Assert.Equal("id", results[0].GetProperty("language").GetString());
    }

    /// <summary>The forum with the corpus asked by staff and answered by the moderator, once for all searches.</summary>
    public sealed class CorpusForum : IAsyncLifetime
    {
        private readonly ForumWebFactory _factory = new();

        public HttpClient CreateClient() => _factory.CreateClient();

        public async Task InitializeAsync()
        {
            var staff = await _factory.SignedInClientAsync("staff@forum.local");
            var moderator = await _factory.SignedInClientAsync("moderator@forum.local");
            foreach (var thread in SearchCorpus.Threads)
                await AskAsync(staff, moderator, thread);
            // The articles are found under the corpus's tag through the tag of the thread each was promoted from.
            foreach (var article in SearchCorpus.Articles)
            {
                var answer = await AskAsync(staff, moderator, article.Source);
                (await staff.PostAsync($"/api/v1/answers/{answer}/verify", null)).EnsureSuccessStatusCode();
                (await staff.PostAsJsonAsync($"/api/v1/answers/{answer}/promote", new { title = article.Title, body = article.Body, publish = true })).EnsureSuccessStatusCode();
            }
            await _factory.RunFollowUpWorkAsync();
        }

        private static async Task<int> AskAsync(HttpClient staff, HttpClient moderator, SearchCorpus.Thread thread)
        {
            var id = await staff.AskAsync(new { thread.Title, thread.Body, category = "desktop-app", tags = new[] { SearchCorpus.Tag }, thread.Language });
            var answer = await moderator.AnswerAsync(id, thread.Answer);
            if (thread.Solved)
                (await staff.PostAsync($"/api/v1/answers/{answer}/accept", null)).EnsureSuccessStatusCode();
            return answer;
        }

        public async Task DisposeAsync() => await _factory.DisposeAsync();
    }
}
